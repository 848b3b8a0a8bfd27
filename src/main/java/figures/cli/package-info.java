/**
 * The {@code figures} command and its subcommands (picocli): build, check, audit, excel, print, extract, trace, serve. The one
 * place where problems become messages and exit codes (0 ok, 1 invalid input or stale outputs, 2 usage,
 * 3 internal error).
 *
 * <p>Uses: {@code project}, {@code source}, {@code spec}, {@code audit}, {@code export}, {@code output},
 * {@code pipeline}, {@code preview}. Start at {@link figures.cli.Main}.
 */
package figures.cli;
