package cn.tongcheng.model;

/** A place and a year, as a key: facts, outcomes and comparisons are looked up by it. */
public record PlaceYearKey(String place, int year) {
}
