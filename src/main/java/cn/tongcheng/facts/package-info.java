/** Facts about places: the model (places, indicators, values, facts), readers for JSON, YAML and CSV, and validation. */
package cn.tongcheng.facts;
