package org.factmark.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void labels_with_markup_stay_text_in_well_formed_svg() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quotes\"";
        String svg = SvgCharts.barChart(hostile, List.of(hostile, "False"), List.of(3L, 0L));
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains(hostile);
    }

    @Test
    void the_heat_map_has_one_cell_per_pair_of_labels_with_its_count() throws Exception {
        long[][] m = {{20, 5}, {10, 15}};
        Document doc = parse(SvgCharts.heatMap("Confusion", "author", "other", List.of("yes", "no"), m));
        // background + 4 cells
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isEqualTo(5);
        assertThat(doc.getDocumentElement().getTextContent()).contains("20", "5", "10", "15");
    }

    @Test
    void the_data_uri_carries_the_svg_in_base64() {
        String svg = SvgCharts.barChart("t", List.of("a"), List.of(1L));
        String uri = SvgCharts.dataUri(svg);
        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8)).isEqualTo(svg);
    }
}
