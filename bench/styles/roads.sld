<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:se="http://www.opengis.net/se" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1.0" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <se:Name>roads</se:Name>
    <UserStyle>
      <se:Name>roads</se:Name>
      <se:FeatureTypeStyle>
      <se:Rule>
        <se:Name>expressway</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>expressway</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">#c0392b</se:SvgParameter><se:SvgParameter name="stroke-width">3</se:SvgParameter><se:SvgParameter name="stroke-linejoin">round</se:SvgParameter><se:SvgParameter name="stroke-linecap">round</se:SvgParameter></se:Stroke></se:LineSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>arterial</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>arterial</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">#e67e22</se:SvgParameter><se:SvgParameter name="stroke-width">2.3</se:SvgParameter><se:SvgParameter name="stroke-linejoin">round</se:SvgParameter><se:SvgParameter name="stroke-linecap">round</se:SvgParameter></se:Stroke></se:LineSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>secondary</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>secondary</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">#7f8c8d</se:SvgParameter><se:SvgParameter name="stroke-width">1.5</se:SvgParameter><se:SvgParameter name="stroke-linejoin">round</se:SvgParameter><se:SvgParameter name="stroke-linecap">round</se:SvgParameter></se:Stroke></se:LineSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>local</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>local</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:LineSymbolizer><se:Stroke><se:SvgParameter name="stroke">#95a5a6</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">round</se:SvgParameter><se:SvgParameter name="stroke-linecap">round</se:SvgParameter></se:Stroke></se:LineSymbolizer>
      </se:Rule>
      </se:FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
