package org.orewatch.trade;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;

/**
 * A bar chart of a share by year in the style of the report's Graphs 1 and 2 ("Mining Products as
 * % of North Korea's Exports"): one bar per year, the percentage written above each bar, the years
 * along the bottom and a note on what "mining products" means under the plot. Years without data
 * keep their place on the axis with no bar, so a gap is visible as a gap.
 */
public final class ShareChart {

    /** One bar: a year and its share (0 to 1), or null where the year has no data. */
    public record Bar(int year, Double share) {
    }

    /**
     * What to draw.
     *
     * @param title the headline, as the report words it
     * @param note the line under the plot (definition of mining products, method, source file)
     * @param axisLabel the value axis label
     */
    public record Spec(String title, String note, String axisLabel, List<Bar> bars) {

        public Spec {
            bars = List.copyOf(bars);
        }
    }

    private static final Color BAR = new Color(0x8C, 0x5A, 0x2B);
    private static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    private static final String FONT = "DejaVu Sans";

    private ShareChart() {
    }

    /** The bars of a mining share by year from either method, one per year from the first to the last. */
    public static List<Bar> bars(List<? extends ExportShares> years, java.util.function.Function<ExportShares, Double> share) {
        if (years.isEmpty()) {
            return List.of();
        }
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        java.util.Map<Integer, Double> byYear = new java.util.HashMap<>();
        for (ExportShares year : years) {
            byYear.put(year.year(), share.apply(year));
        }
        java.util.List<Bar> bars = new java.util.ArrayList<>();
        for (int year = first; year <= last; year++) {
            bars.add(new Bar(year, byYear.get(year)));
        }
        return bars;
    }

    static JFreeChart chart(Spec spec) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double max = 0;
        for (Bar bar : spec.bars()) {
            dataset.addValue(bar.share(), "share", String.valueOf(bar.year()));
            if (bar.share() != null) {
                max = Math.max(max, bar.share());
            }
        }
        CategoryAxis years = new CategoryAxis(null);
        years.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        years.setCategoryMargin(0.25);
        years.setLowerMargin(0.01);
        years.setUpperMargin(0.01);
        if (spec.bars().size() > 24) {
            years.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis percent = new NumberAxis(spec.axisLabel());
        percent.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ENGLISH));
        percent.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        percent.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        // Round the axis up to the next 10% above the highest bar, leaving room for its label.
        double top = Math.min(1.0, Math.max(0.1, Math.ceil((max + 0.04) * 10) / 10));
        if (max > 0.96) {
            top = 1.1;
        }
        percent.setRange(0, top);
        percent.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(top > 0.7 ? 0.2 : 0.1,
                NumberFormat.getPercentInstance(Locale.ENGLISH)));

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.06);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0%")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 11));
        renderer.setDefaultItemLabelPaint(Color.DARK_GRAY);

        CategoryPlot plot = new CategoryPlot(dataset, years, percent, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(10, 10, 5, 15));

        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 16), plot, false);
        TextTitle title = new TextTitle(spec.title(), new Font(FONT, Font.BOLD, 16));
        title.setPadding(new RectangleInsets(10, 10, 4, 10));
        chart.addSubtitle(title);
        TextTitle note = new TextTitle(spec.note(), new Font(FONT, Font.PLAIN, 11));
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setPadding(new RectangleInsets(6, 12, 10, 12));
        note.setPaint(Color.DARK_GRAY);
        chart.addSubtitle(note);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** Writes the chart as PNG or SVG, chosen by the file's extension. */
    public static void write(Spec spec, Path out, int width, int height) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        JFreeChart chart = chart(spec);
        try {
            if (name.endsWith(".png")) {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = image.createGraphics();
                graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
                graphics.dispose();
                try (OutputStream stream = Files.newOutputStream(out)) {
                    ImageIO.write(image, "png", stream);
                }
            } else if (name.endsWith(".svg")) {
                SVGGraphics2D graphics = new SVGGraphics2D(width, height);
                chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
                Files.writeString(out, graphics.getSVGDocument(), StandardCharsets.UTF_8);
            } else {
                throw new OrewatchException(ErrorCode.INVALID_ARGUMENT, "the chart file must end in .png or .svg: " + out);
            }
        } catch (IOException e) {
            throw new OrewatchException(ErrorCode.IO_ERROR, null, "cannot write the chart to " + out + ": " + e.getMessage(), e);
        }
    }
}
