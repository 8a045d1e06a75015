package cn.tongcheng.grading;

import java.util.List;
import java.util.Optional;

import cn.tongcheng.rules.Conventions;

/** The annual assessment of every graded unit and year, and the conventions that decided it. */
public record Grading(Conventions conventions, List<UnitGrade> units) {

    public static final Grading NONE = new Grading(Conventions.NONE, List.of());

    public Grading {
        units = List.copyOf(units);
    }

    public boolean defined() {
        return conventions.defined();
    }

    public List<UnitGrade> ofYear(int year) {
        return units.stream().filter(u -> u.year() == year).toList();
    }

    public Optional<UnitGrade> of(String place, int year) {
        return units.stream().filter(u -> u.place().equals(place) && u.year() == year).findFirst();
    }

    /** The grading narrowed to some units (grades and quotas stay those of the whole field). */
    public Grading only(List<String> places) {
        return new Grading(conventions, units.stream().filter(u -> places.contains(u.place())).toList());
    }
}
