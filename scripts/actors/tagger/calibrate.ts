/**
 * Fits `p = 1 / (1 + exp(-(slope * x + intercept)))` to observations
 * `(x, outcome)` by Newton's method on the log-likelihood, with a tiny
 * ridge penalty so that perfectly separated data still gives finite
 * numbers. Deterministic: fixed start, fixed number of steps.
 */
export function fitLogistic(points: readonly {x: number; outcome: boolean}[]): {slope: number; intercept: number} {
  let slope = 0
  let intercept = 0
  const ridge = 1e-3
  for (let step = 0; step < 50; step++) {
    // Gradient and Hessian of the penalized negative log-likelihood.
    let gradientSlope = ridge * slope
    let gradientIntercept = ridge * intercept
    let hessianSS = ridge
    let hessianSI = 0
    let hessianII = ridge
    for (const {x, outcome} of points) {
      const p = 1 / (1 + Math.exp(-(slope * x + intercept)))
      const error = p - (outcome ? 1 : 0)
      const weight = p * (1 - p)
      gradientSlope += error * x
      gradientIntercept += error
      hessianSS += weight * x * x
      hessianSI += weight * x
      hessianII += weight
    }
    const determinant = hessianSS * hessianII - hessianSI * hessianSI
    if (!(determinant > 0)) break
    slope -= (hessianII * gradientSlope - hessianSI * gradientIntercept) / determinant
    intercept -= (hessianSS * gradientIntercept - hessianSI * gradientSlope) / determinant
  }
  return {slope, intercept}
}
