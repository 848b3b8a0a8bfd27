package figures;

import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program this repository does not ship (LibreOffice, Chromium, node packages): skipped
 * where it is missing, except where CI has set {@code env} to say it installed it, so that they cannot be
 * skipped there.
 */
public final class ExternalTools {
    private ExternalTools() {
    }

    /** Fails the test if {@code env} is set, skips it otherwise; {@code what} says what is missing and how to get it. */
    public static void missing(String env, String what) {
        if (System.getenv(env) != null) {
            fail(what);
        }
        Assumptions.abort(what + "; .ci/run installs it");
    }
}
