package figures.cli;

import figures.audit.AuditRow;
import figures.audit.AuditTable;
import figures.build.Pipeline;
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
                "The full list is written to data/clean/audit.csv by 'build'."})
final class AuditCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<AuditRow> rows = Pipeline.audit(project.root());
        PrintWriter out = spec.commandLine().getOut();
        out.print(AuditTable.summary(rows));
        out.flush();
        List<AuditRow> open = rows.stream().filter(r -> r.status() == AuditRow.Status.UNACCOUNTED).toList();
        if (open.isEmpty()) {
            out.println("figures: every numeric mention is captured or waived");
            return Main.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        open.forEach(r -> err.printf(Locale.ROOT, "seeds/%s:%d:%d: unaccounted %s '%s'%n", r.seed(), r.mention().at().line(),
                r.mention().at().column(), r.mention().kind().label(), r.mention().text()));
        err.printf(Locale.ROOT, "figures: %d mention(s) unaccounted: capture each in data/raw/ or waive it with a reason in %s%n",
                open.size(), figures.audit.WaiverReader.FILE);
        return Main.INVALID;
    }
}
