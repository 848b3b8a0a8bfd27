package figures.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import figures.export.Images;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many threads draw: as many as asked, but no more than there are charts or than the heap holds canvases for. */
class ChartDrawerTest {
    private static final long MIB = 1 << 20;

    @ParameterizedTest(name = "{0} jobs, {1} charts, {2} bytes of canvas, {3} MiB of heap: {4} threads")
    @CsvSource({
            "2,    12,   8003000,   320, 2",    // the usual build on 2 cores
            "64,   12,   8003000,   320, 12",   // no thread without a chart
            "64,   1000, 8003000,   320, 20",   // half of 320 MiB holds 20 pairs of canvases
            "64,   1000, 80012000,  320, 2",    // 2000x2000 charts: 80 MB a thread
            "8,    1000, 80012000,  64,  1",    // a chart larger than the share still gets one thread
            "4,    0,    0,         320, 1"})   // no chart: one idle thread
    void drawsOnAsManyThreadsAsAskedForThatHaveAChartAndFitTheHeap(int jobs, int charts, long canvas, long heapMib,
                                                                     int threads) {
        assertThat(ChartDrawer.threads(jobs, charts, canvas, heapMib * MIB)).isEqualTo(threads);
    }

    @ParameterizedTest
    @CsvSource({"800, 500, 8003000", "2000, 2000, 80012000"})
    void aThreadHoldsTheTwoCanvasesOfTheChartItDraws(int width, int height, long bytes) {
        assertThat(Images.canvasBytes(width, height)).isEqualTo(bytes);
    }
}
