/**
 * Where everything lives in a project folder: {@code seeds/}, {@code data/raw/}, the outputs under
 * {@code data/clean/} and {@code charts/}, and the tool's own state ({@code .figures/},
 * {@code .figures.lock}). The one place that names them.
 *
 * <p>Uses: nothing. Plain strings, so that every stage, and the no-op check that runs before any
 * library is loaded, can use it. Start at {@link figures.project.Layout}.
 */
package figures.project;
