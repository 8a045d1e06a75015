package cn.tongcheng.assessment;

/**
 * How much of what is assessed has data.
 *
 * @param weighted share of the index weight whose indicators have data (0–1)
 */
public record Coverage(int indicators, int withData, double weighted) {
}
