package figures.cli;

import figures.audit.Audit;
import figures.audit.AuditRow;
import figures.audit.AuditTable;
import figures.audit.Waiver;
import figures.pipeline.Pipeline;
import figures.project.Layout;
import figures.source.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Find every numeric mention in seeds/ and say how it is accounted for: captured by a raw row, "
                + "waived in data/audit-waivers.csv with a reason, or unaccounted (exit 1).",
                "A waiver that waives nothing also exits 1. The full list is written to data/clean/audit.csv by 'build'."})
final class AuditCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Audit.Report report = Pipeline.audit(project.root());
        List<AuditRow> rows = report.rows();
        PrintWriter out = spec.commandLine().getOut();
        out.print(AuditTable.summary(rows));
        out.flush();
        List<AuditRow> open = rows.stream().filter(r -> r.status() == AuditRow.Status.UNACCOUNTED).toList();
        PrintWriter err = spec.commandLine().getErr();
        for (Waiver w : report.unusedWaivers()) {
            err.println(Problem.at(w.at(), "a waiver that waives at least one mention",
                    "one that waives nothing ('" + w.reason() + "'): fix its patterns or delete it"));
        }
        if (open.isEmpty() && report.unusedWaivers().isEmpty()) {
            out.println("figures: every numeric mention is captured or waived");
            return Main.OK;
        }
        if (open.isEmpty()) {
            err.printf(Locale.ROOT, "figures: %d waiver(s) waive nothing: fix or delete each in %s%n",
                    report.unusedWaivers().size(), Layout.WAIVERS);
            return Main.INVALID;
        }
        open.forEach(r -> err.printf(Locale.ROOT, "seeds/%s:%d:%d: unaccounted %s '%s'%n", r.seed(), r.mention().at().line(),
                r.mention().at().column(), r.mention().kind().label(), r.mention().text()));
        err.printf(Locale.ROOT, "figures: %d mention(s) unaccounted: capture each in data/raw/ or waive it with a reason in %s%n",
                open.size(), Layout.WAIVERS);
        return Main.INVALID;
    }
}
