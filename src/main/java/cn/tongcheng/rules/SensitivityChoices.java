package cn.tongcheng.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.method.Aggregation;
import cn.tongcheng.method.Imputation;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.Treatment;
import cn.tongcheng.method.Uncertainty;

/**
 * What the sensitivity analysis varies, from the {@code sensitivity.*} rows of the method table (and the options
 * of {@code tongcheng sensitivity}, which override them). Each list of alternatives holds the method's own choice
 * first, so that the nominal method is one of the points drawn, as COINr's examples do.
 *
 * @param normalisations  the default normalisations drawn from; one (the method's own) when not varied
 * @param aggregations    the aggregations drawn from, each applied at every level; one when not varied
 * @param imputations     the method's imputation and, when varied, the other (none or group mean)
 * @param treatments      the method's treatment and, when varied, the other (none or COINr's winsorisation)
 * @param spreadAtLevel   the weight noise of the levels named on their own ({@code spread} for the others)
 * @param otherImputation the imputation to switch to when imputation is varied (empty: none can be, no group)
 * @param origin          per parameter, the row that set it ({@code file:row}); empty when the default applies
 */
public record SensitivityChoices(List<Normalisation> normalisations, List<Aggregation> aggregations,
        List<Imputation> imputations, List<Treatment> treatments, boolean weights, double spread,
        Map<Integer, Double> spreadAtLevel, int samples, long seed, MethodSensitivity.Design design, int bootstrap,
        String node, Optional<Imputation> otherImputation, Treatment otherTreatment, Map<String, String> origin) {

    /** The parameters besides {@code sensitivity.spread}, which {@link Method#PARAMETERS} requires. */
    public static final List<String> PARAMETERS = List.of("sensitivity.normalisation", "sensitivity.aggregation",
            "sensitivity.imputation", "sensitivity.treatment", "sensitivity.weights", "sensitivity.samples",
            "sensitivity.seed", "sensitivity.design", "sensitivity.bootstrap", "sensitivity.node");
    /** Weight noise of one level: {@code sensitivity.spread.level.2}. */
    public static final String SPREAD_AT_LEVEL = "sensitivity.spread.level.";
    public static final int DEFAULT_SAMPLES = 100;
    public static final int DEFAULT_BOOTSTRAP = 100;
    public static final String DEFAULT_NODE = "index";

    public SensitivityChoices {
        normalisations = List.copyOf(normalisations);
        aggregations = List.copyOf(aggregations);
        imputations = List.copyOf(imputations);
        treatments = List.copyOf(treatments);
        spreadAtLevel = Map.copyOf(spreadAtLevel);
        origin = Map.copyOf(origin);
    }

    /** Only the weights, by {@code spread} at every level: what a method table without {@code sensitivity.*} rows asks. */
    public static SensitivityChoices weightsOnly(MethodChoices base, double spread) {
        return new SensitivityChoices(List.of(base.normalisation()), List.of(base.aggregation()), List.of(base.imputation()),
                List.of(base.treatment()), true, spread, Map.of(), DEFAULT_SAMPLES, 1, MethodSensitivity.Design.SENSITIVITY,
                DEFAULT_BOOTSTRAP, DEFAULT_NODE, Optional.empty(), Treatment.Winsorise.coinrDefaults(), Map.of());
    }

    /** The uncertain inputs, in the order of the method's steps; only the choices with more than one alternative. */
    public List<Uncertainty> uncertainties() {
        List<Uncertainty> out = new ArrayList<>();
        if (imputations.size() > 1) out.add(new Uncertainty.ImputationChoice(imputations));
        if (treatments.size() > 1) out.add(new Uncertainty.TreatmentChoice(treatments));
        if (normalisations.size() > 1) out.add(new Uncertainty.NormalisationChoice(normalisations));
        if (weights) out.add(new Uncertainty.WeightNoise(spread, spreadAtLevel));
        if (aggregations.size() > 1) out.add(new Uncertainty.AggregationChoice(aggregations));
        return out;
    }

    /** A parameter set outside the method table: by a command-line option ({@code source} is the option's name). */
    public record Setting(String parameter, String source, String text) {
    }

    /**
     * These choices with some parameters set anew, each read as its method-table row would be; problems are
     * located at the setting's source.
     */
    public SensitivityChoices with(List<Setting> settings, cn.tongcheng.problem.ProblemList problems) {
        Map<String, cn.tongcheng.rules.table.TableRow> rows = new java.util.LinkedHashMap<>();
        for (Setting s : settings) {
            rows.put(s.parameter(), new cn.tongcheng.rules.table.TableRow(cn.tongcheng.rules.table.TableKind.METHOD,
                    cn.tongcheng.model.Location.of(s.source(), 0), Map.of("parameter", s.parameter(), "value", s.text().strip()), Map.of()));
        }
        return new SensitivityChoiceReader(problems).read(rows, this);
    }

    /** Whether an origin is a command-line option ({@code --node}) rather than a method-table row. */
    public static boolean isOption(String origin) {
        return origin.startsWith("--");
    }

    /** The row (or option) that set a parameter, or the empty text when the default applies. */
    public String origin(String parameter) {
        return origin.getOrDefault(parameter, "");
    }
}
