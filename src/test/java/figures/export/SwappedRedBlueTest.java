package figures.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class SwappedRedBlueTest {
    private final BufferedImage target = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);

    @Test
    void drawsEachColourWithRedAndBlueExchanged() {
        Graphics2D g = new SwappedRedBlue(target.createGraphics());
        g.setColor(new Color(0x11, 0x22, 0x33));
        g.fillRect(0, 0, 4, 4);
        assertThat(target.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x332211);
    }

    @Test
    void keepsAlphaWhenExchanging() {
        assertThat(SwappedRedBlue.swap(new Color(0x11, 0x22, 0x33, 0x44))).isEqualTo(new Color(0x33, 0x22, 0x11, 0x44));
    }

    @Test
    void givesBackThePaintAndColoursAsTheyWereSet() {
        // JFreeChart saves a paint and restores it later: a swapped getter would swap it twice.
        Graphics2D g = new SwappedRedBlue(target.createGraphics());
        Color red = new Color(0xCC0000);
        GradientPaint gradient = new GradientPaint(0, 0, Color.RED, 4, 4, Color.BLUE);
        g.setColor(red);
        assertThat(g.getColor()).isEqualTo(red);
        assertThat(g.getPaint()).isEqualTo(red);
        g.setPaint(gradient);
        assertThat(g.getPaint()).isSameAs(gradient);
        assertThat(g.getColor()).isEqualTo(red);
        g.setPaint(null);
        assertThat(g.getPaint()).isSameAs(gradient);
        g.setBackground(Color.ORANGE);
        assertThat(g.getBackground()).isEqualTo(Color.ORANGE);
        Graphics2D copy = (Graphics2D) g.create();
        assertThat(copy.getPaint()).isSameAs(gradient);
        assertThat(copy.getBackground()).isEqualTo(Color.ORANGE);
    }

    @Test
    void exchangesTheColoursOfAGradient() {
        GradientPaint swapped = (GradientPaint) SwappedRedBlue.swap(new GradientPaint(0, 0, Color.RED, 4, 4, Color.BLUE));
        assertThat(swapped.getColor1()).isEqualTo(Color.BLUE);
        assertThat(swapped.getColor2()).isEqualTo(Color.RED);
    }

    @Test
    void refusesWhatItCannotExchange() {
        Graphics2D g = new SwappedRedBlue(target.createGraphics());
        assertThatThrownBy(() -> g.drawImage(target, 0, 0, null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> g.setPaint(new TexturePaint(target, new Rectangle(4, 4))))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("TexturePaint");
    }
}
