package cn.ipoffice.programmes.benchmark;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** A small horizontal bar chart drawn with Java2D, for the benchmark's figures. */
final class BarChart {

    private static final int WIDTH = 1000;
    private static final int BAR_HEIGHT = 48;
    private static final int LEFT = 300;
    private static final int TOP = 60;

    private BarChart() {
    }

    static void write(Path file, String title, String[] labels, double[] values) throws IOException {
        int height = TOP + labels.length * (BAR_HEIGHT + 20) + 30;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 20, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        int room = WIDTH - LEFT - 100;
        for (int i = 0; i < labels.length; i++) {
            int y = TOP + i * (BAR_HEIGHT + 20);
            int length = max == 0 ? 0 : (int) Math.round(values[i] / max * room);
            g.setColor(i == 0 ? new Color(0x9e9e9e) : new Color(0x1f6fb2));
            g.fillRect(LEFT, y, length, BAR_HEIGHT);
            g.setColor(Color.BLACK);
            g.drawString(labels[i], 20, y + BAR_HEIGHT / 2 + 5);
            g.drawString(String.format("%.1f", values[i]), LEFT + length + 8, y + BAR_HEIGHT / 2 + 5);
        }
        g.setStroke(new BasicStroke(1));
        g.drawLine(LEFT, TOP - 5, LEFT, height - 20);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
