package cn.tongcheng.bench;

/** A kind of place (county, district) in a year: the synthetic places of one kind share their criteria. */
public record KindYear(String kind, int year) {
}
