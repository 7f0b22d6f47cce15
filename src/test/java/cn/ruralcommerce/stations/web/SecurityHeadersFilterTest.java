package cn.ruralcommerce.stations.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSP image source of a tile URL template. */
class SecurityHeadersFilterTest {
    @Test
    void aTileTemplateBecomesItsSchemeAndHost() {
        assertEquals(Optional.of("https://*.tianditu.gov.cn"),
                SecurityHeadersFilter.tileSource("https://t{s}.tianditu.gov.cn/vec_w/wmts?tk=KEY&x={x}&y={y}&l={z}"));
        assertEquals(Optional.of("https://tiles.example.cn:8443"), SecurityHeadersFilter.tileSource("https://tiles.example.cn:8443/{z}/{x}/{y}.png"));
        assertEquals(Optional.of("http://*.tile.example.org"), SecurityHeadersFilter.tileSource("http://{s}.tile.example.org/{z}/{x}/{y}.png"));
        assertEquals(Optional.empty(), SecurityHeadersFilter.tileSource(""));
        assertEquals(Optional.empty(), SecurityHeadersFilter.tileSource("/tiles/{z}/{x}/{y}.png"));
        assertEquals(Optional.empty(), SecurityHeadersFilter.tileSource("javascript://x/{z}"));
        assertEquals(Optional.empty(), SecurityHeadersFilter.tileSource("https://{s}/{z}"));
        assertEquals(Optional.empty(), SecurityHeadersFilter.tileSource("https://a.cn;script-src *;/{z}"), "nothing injected into the policy");
    }
}
