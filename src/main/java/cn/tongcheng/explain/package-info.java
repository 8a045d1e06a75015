/**
 * {@code tongcheng explain}: for one place and year, the chain behind each point and each recommendation:
 * fact → criteria row or rule → score → dimension → index.
 */
package cn.tongcheng.explain;
