/**
 * From rule outcomes to an assessment: dimension scores, the overall index, data coverage, tiers and
 * rankings per year; {@link cn.tongcheng.assessment.Assessor} runs the whole pipeline.
 */
package cn.tongcheng.assessment;
