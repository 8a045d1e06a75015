package cn.tongcheng.assessment;

import java.util.List;

/**
 * A place's strongest and weakest indicators relative to the other places of the same year: up to three with
 * the largest lead over the others' mean, and up to three with the largest lag behind it.
 */
public record Profile(List<Standing> strongest, List<Standing> weakest) {
    public static final Profile EMPTY = new Profile(List.of(), List.of());

    public Profile {
        strongest = List.copyOf(strongest);
        weakest = List.copyOf(weakest);
    }
}
