/**
 * The rule engine at work: Drools sessions over the shared KieBase, run in parallel, one per place profile for the
 * criteria and one per place and year for the advice; the facts rules match on
 * ({@link cn.tongcheng.engine.PlaceProfile}, {@link cn.tongcheng.engine.PlaceYear}, {@link cn.tongcheng.engine.Observation},
 * {@link cn.tongcheng.engine.IndicatorScore}) and the {@link cn.tongcheng.engine.ScoreCard} they report to.
 */
package cn.tongcheng.engine;
