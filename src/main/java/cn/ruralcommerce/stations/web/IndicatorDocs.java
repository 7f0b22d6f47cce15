package cn.ruralcommerce.stations.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator definitions (统计口径, {@code docs/indicators.md} packaged as {@code classpath:docs/indicators.md}):
 * rendered to HTML once, with each {@code ## Heading {#anchor}} given that id, and an index anchor → title and tooltip
 * (the first block quote under the heading) that the pages use for their figures.
 */
@Singleton
public class IndicatorDocs {
    private static final Pattern ANCHOR = Pattern.compile("^(#{2,3} .*?)\\s*\\{#([a-z0-9-]+)}\\s*$", Pattern.MULTILINE);

    /** One indicator's heading and tooltip, by anchor. */
    @Serdeable
    public record Entry(String anchor, String title, String tooltip) {
    }

    private final String html;
    private final Map<String, Entry> entries;

    public IndicatorDocs() {
        this(read("docs/indicators.md"));
    }

    IndicatorDocs(String markdown) {
        Map<String, String> anchorByTitle = new LinkedHashMap<>();
        Matcher m = ANCHOR.matcher(markdown);
        StringBuilder stripped = new StringBuilder();
        while (m.find()) {
            anchorByTitle.put(m.group(1).replaceFirst("^#+ ", "").strip(), m.group(2));
            m.appendReplacement(stripped, Matcher.quoteReplacement(m.group(1)));
        }
        m.appendTail(stripped);
        Node document = Parser.builder().build().parse(stripped.toString());
        Map<String, Entry> index = new LinkedHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String title = text(heading);
                String anchor = anchorByTitle.get(title);
                if (anchor != null) {
                    BlockQuote quote = heading.getNext() instanceof BlockQuote q ? q : null;
                    String tooltip = quote == null ? title : TextContentRenderer.builder().build().render(quote).strip();
                    index.put(anchor, new Entry(anchor, title, tooltip));
                }
            }
        });
        this.entries = Map.copyOf(index);
        this.html = HtmlRenderer.builder()
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Heading h && anchorByTitle.containsKey(text(h))) {
                        attributes.put("id", anchorByTitle.get(text(h)));
                    }
                })
                .build().render(document);
    }

    /** The rendered body (HTML fragment) of the definitions. */
    public String html() {
        return html;
    }

    /** Anchor → title and tooltip of every indicator section with an explicit anchor. */
    public Map<String, Entry> entries() {
        return entries;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }
        });
        return out.toString().strip();
    }

    private static String read(String resource) {
        try (InputStream in = IndicatorDocs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " (docs/indicators.md is packaged by the build)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
