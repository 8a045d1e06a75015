package cn.tongcheng.grading;

/**
 * A unit moved one grade down because a grade's quota was full.
 *
 * @param position the unit's place among the group's holders of the grade, best first (1 = best)
 * @param seats    how many units the quota lets hold the grade: share × units, rounded as the table says
 * @param units    how many graded units the quota counts (the quota group)
 * @param tie      the tie rule that decided, when the unit was tied with one that kept the grade; empty otherwise
 */
public record Demotion(String from, String to, int position, int seats, int units, double quota, String tie) {
}
