package cn.tongcheng.assessment;

/**
 * A change since the previous year.
 *
 * @param delta now minus then (for ranks: then minus now, so that moving up is positive)
 * @param trend the direction shown, after the method's steady band
 */
public record Change(double delta, Trend trend) {
}
