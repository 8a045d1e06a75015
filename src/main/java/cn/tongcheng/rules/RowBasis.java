package cn.tongcheng.rules;

/**
 * Why a row of the assessment's conventions says what it says: the documents ({@link CriterionRow#SOURCED}, with
 * the source and a quote that stands in it) or a policy choice ({@link CriterionRow#POLICY_CHOICE}, with a named
 * reason and what the author added to it).
 */
public record RowBasis(String basis, String source, String quote, Reason reason, String reasonDetail) {

    public boolean sourced() {
        return CriterionRow.SOURCED.equals(basis);
    }
}
