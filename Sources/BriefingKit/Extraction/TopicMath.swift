/// Logarithm and power for positive scores, in the standard library alone (no libm import).
///
/// Accurate to about 1e-12 relative, which is far more than ranking needs.
enum TopicMath {
  private static let ln2 = 0.693_147_180_559_945_3

  /// Natural logarithm of `x`; `-infinity` for zero and NaN for negative input.
  static func log(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return x == 0 ? -.infinity : (x.isNaN || x < 0 ? .nan : x) }
    let exponent = Double(x.exponent)
    let mantissa = x.significand  // in [1, 2)
    let z = (mantissa - 1) / (mantissa + 1)
    let z2 = z * z
    var term = z
    var sum = 0.0
    var k = 1.0
    while k < 60 {
      sum += term / k
      term *= z2
      k += 2
      if term < 1e-17 { break }
    }
    return exponent * ln2 + 2 * sum
  }

  static func log2(_ x: Double) -> Double { log(x) / ln2 }

  /// e raised to `y`, saturating to 0 and infinity far outside the representable range.
  static func exp(_ y: Double) -> Double {
    guard y.isFinite else { return y.isNaN ? .nan : (y > 0 ? .infinity : 0) }
    if y > 709 { return .infinity }
    if y < -745 { return 0 }
    let k = (y / ln2).rounded()
    let r = y - k * ln2  // |r| <= ln2 / 2
    var term = 1.0
    var sum = 1.0
    var n = 1.0
    while n < 30 {
      term *= r / n
      sum += term
      n += 1
      if abs(term) < 1e-17 { break }
    }
    return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
  }

  /// `base` raised to `exponent` for a positive base; 0 for a base of 0 or less.
  static func pow(_ base: Double, _ exponent: Double) -> Double {
    guard base > 0 else { return 0 }
    return exp(exponent * log(base))
  }
}
