/**
 * The composite-indicator method of the JRC/OECD Handbook as COINr implements it, in plain Java over typed
 * values: an {@link cn.tongcheng.method.IndexStructure} of any depth, a {@link cn.tongcheng.method.MethodSpec}
 * (denominators, imputation, outlier treatment, normalisation, aggregation, ranking) and a
 * {@link cn.tongcheng.method.Dataset} of one period go through {@link cn.tongcheng.method.CompositeIndex#compute}
 * into an {@link cn.tongcheng.method.IndexResult} of scores and ranks by node and unit, with every stage and what decided it for the units asked for;
 * {@link cn.tongcheng.method.MethodSensitivity} varies those choices and reports how ranks move.
 */
package cn.tongcheng.method;
