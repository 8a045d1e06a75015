/**
 * {@code tongcheng check}: verifies the rule base (and the facts against it) without running an assessment:
 * overlapping and missing criteria, weights, targets out of range, unknown indicators, quotes not in the source.
 */
package cn.tongcheng.check;
