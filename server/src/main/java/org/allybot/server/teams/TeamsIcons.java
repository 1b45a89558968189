package org.allybot.server.teams;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The app's two icons, drawn (no fonts, so it works on a headless server): two overlapping rings,
 * people side by side. The color icon is 192×192 on the accent color; the outline icon is 32×32,
 * white on transparent, as Teams requires.
 */
final class TeamsIcons {
  static final String COLOR = "color.png";
  static final String OUTLINE = "outline.png";
  static final int COLOR_SIZE = 192;
  static final int OUTLINE_SIZE = 32;

  private TeamsIcons() {}

  static byte[] color() {
    BufferedImage image = new BufferedImage(COLOR_SIZE, COLOR_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = pen(image);
    g.setColor(Color.decode(TeamsManifest.ACCENT));
    g.fill(new RoundRectangle2D.Double(0, 0, COLOR_SIZE, COLOR_SIZE, 40, 40));
    rings(g, COLOR_SIZE, 12f);
    g.dispose();
    return png(image);
  }

  static byte[] outline() {
    BufferedImage image =
        new BufferedImage(OUTLINE_SIZE, OUTLINE_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = pen(image);
    // Antialiasing would blend white into grey edges; Teams wants white and transparent only.
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    rings(g, OUTLINE_SIZE, 2f);
    g.dispose();
    return png(image);
  }

  private static Graphics2D pen(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    return g;
  }

  private static void rings(Graphics2D g, int size, float stroke) {
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(stroke));
    double d = size * 0.42;
    double y = (size - d) / 2;
    g.draw(new Ellipse2D.Double(size * 0.16, y, d, d));
    g.draw(new Ellipse2D.Double(size * 0.84 - d, y, d, d));
  }

  private static byte[] png(BufferedImage image) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
