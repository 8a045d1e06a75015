/**
 * The rule engine at work: one Drools session per place and year over the shared KieBase, run in parallel;
 * the facts rules match on ({@link cn.tongcheng.engine.PlaceYear}, {@link cn.tongcheng.engine.Observation},
 * {@link cn.tongcheng.engine.IndicatorScore}) and the {@link cn.tongcheng.engine.ScoreCard} they report to.
 */
package cn.tongcheng.engine;
