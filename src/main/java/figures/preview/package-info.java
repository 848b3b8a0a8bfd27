/**
 * {@code figures serve}: a live preview. Serves charts/ over HTTP on the loopback interface
 * ({@link figures.preview.PreviewServer}), refusing any request that is not a plain read of a file there
 * ({@link figures.preview.Requests}); watches seeds/ and data/ ({@link figures.preview.InputWatcher}) and
 * rebuilds on a save exactly as {@code build} does; tells open pages to reload, or shows them the build's
 * problems, over a Server-Sent Events stream ({@link figures.preview.LiveReload}).
 *
 * <p>Uses: {@code project}, {@code source}, {@code pipeline}. Start at {@link figures.preview.Preview}.
 */
package figures.preview;
