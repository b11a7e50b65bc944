package org.outsourcingdesk.monitoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.outsourcingdesk.contracting.api.model.SlaMetric;
import org.outsourcingdesk.monitoring.api.query.MonitoringView;

/**
 * The dashboard's Chart.js configurations: a line per KPI the contract holds the vendor to (measured
 * against the target of the version in force each period, breaches as red points), the credits by
 * period, and the realised cost per contact against the in-house baseline.
 */
final class MonitoringCharts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MET = "#2563eb";
    private static final String BREACHED = "#dc2626";

    private MonitoringCharts() {
    }

    /** The metrics any version of the contract has an SLA on, then those the reports measure without one, in catalogue order. */
    static List<SlaMetric> metrics(MonitoringView view) {
        var metrics = new LinkedHashSet<SlaMetric>();
        for (SlaMetric metric : SlaMetric.values()) {
            if (view.versions().stream().anyMatch(v -> v.serviceLevels().levels().stream().anyMatch(l -> l.metric() == metric))) {
                metrics.add(metric);
            }
        }
        for (SlaMetric metric : SlaMetric.values()) {
            if (view.periods().stream().anyMatch(p -> p.report().measure(metric).isPresent())) {
                metrics.add(metric);
            }
        }
        return new ArrayList<>(metrics);
    }

    static String kpi(MonitoringView view, SlaMetric metric) {
        ObjectNode config = JSON.createObjectNode().put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode measured = datasets.addObject().put("label", metric.label() + " (" + metric.unit() + ")")
                .put("borderColor", MET).put("backgroundColor", MET).put("tension", 0);
        ArrayNode values = measured.putArray("data");
        ArrayNode colours = measured.putArray("pointBackgroundColor");
        ArrayNode borders = measured.putArray("pointBorderColor");
        ArrayNode styles = measured.putArray("pointStyle");
        ArrayNode radii = measured.putArray("pointRadius");
        boolean targeted = view.periods().stream().anyMatch(p -> p.result(metric).isPresent());
        ObjectNode target = !targeted ? JSON.createObjectNode() : datasets.addObject().put("label", "Target (version in force)").put("borderColor", "#6b7280")
                .put("pointRadius", 0).put("stepped", "middle").put("borderWidth", 2);
        target.putArray("borderDash").add(6).add(4);
        ArrayNode targets = target.putArray("data");
        for (var period : view.periods()) {
            labels.add(period.report().periodStart().toString());
            var result = period.result(metric);
            BigDecimal value = result.map(r -> r.measured()).orElse(period.report().measure(metric).orElse(null));
            if (value == null) {
                values.addNull();
            } else {
                values.add(value);
            }
            boolean breached = result.isPresent() && !result.get().met();
            colours.add(breached ? BREACHED : MET);
            borders.add(breached ? BREACHED : MET);
            styles.add(breached ? "rectRot" : "circle");
            radii.add(breached ? 8 : 4);
            if (result.isPresent()) {
                targets.add(result.get().target());
            } else {
                targets.addNull();
            }
        }
        return write(config, metric.higherIsBetter() ? "higher is better" : "lower is better");
    }

    static String credits(MonitoringView view) {
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode bars = data.putArray("datasets").addObject().put("label", "Service credits (" + view.currency() + ")")
                .put("backgroundColor", BREACHED).putArray("data");
        for (var period : view.periods()) {
            labels.add(period.report().periodStart().toString());
            bars.add(period.credits());
        }
        return write(config, null);
    }

    static String cost(MonitoringView view) {
        ObjectNode config = JSON.createObjectNode().put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ArrayNode realised = datasets.addObject().put("label", "Cost per contact, credits deducted (" + view.currency() + ")")
                .put("borderColor", MET).put("tension", 0).putArray("data");
        ArrayNode baseline = view.baselineCostPerContact() == null ? null : datasets.addObject().put("label", "In-house baseline")
                .put("borderColor", BREACHED).put("pointRadius", 0).put("borderWidth", 2).putArray("data");
        for (var period : view.periods()) {
            labels.add(period.report().periodStart().toString());
            var cost = period.costPerContact();
            if (cost.isPresent()) {
                realised.add(cost.get());
            } else {
                realised.addNull();
            }
            if (baseline != null) {
                baseline.add(view.baselineCostPerContact());
            }
        }
        return write(config, null);
    }

    private static String write(ObjectNode config, String subtitle) {
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false);
        ObjectNode plugins = options.putObject("plugins");
        plugins.putObject("legend").put("position", "bottom");
        if (subtitle != null) {
            plugins.putObject("subtitle").put("display", true).put("text", subtitle);
        }
        // written into a script element: nothing typed may close it (inside JSON strings the escapes are equal)
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
