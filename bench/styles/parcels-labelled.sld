<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:se="http://www.opengis.net/se" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1.0" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <se:Name>parcels</se:Name>
    <UserStyle>
      <se:Name>parcels</se:Name>
      <se:FeatureTypeStyle>
      <se:Rule>
        <se:Name>residential</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>residential</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#f4d27a</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name="stroke">#646464</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>commercial</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>commercial</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#e8846b</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name="stroke">#646464</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>industrial</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>industrial</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#b39ddb</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name="stroke">#646464</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>farmland</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>farmland</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#d9ead3</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name="stroke">#646464</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>forest</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>forest</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#93c47d</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name="stroke">#646464</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>water</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>water</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#9fc5e8</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name="stroke">#646464</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>green</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>green</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#b6d7a8</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name="stroke">#646464</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>public</se:Name>
        <ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>public</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
        <se:PolygonSymbolizer><se:Fill><se:SvgParameter name="fill">#f9cb9c</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name="stroke">#646464</se:SvgParameter><se:SvgParameter name="stroke-width">1</se:SvgParameter><se:SvgParameter name="stroke-linejoin">bevel</se:SvgParameter></se:Stroke></se:PolygonSymbolizer>
      </se:Rule>
      <se:Rule>
        <se:Name>labels</se:Name>
        <se:TextSymbolizer><se:Label><ogc:PropertyName xmlns:ogc="http://www.opengis.net/ogc">name</ogc:PropertyName></se:Label><se:Font><se:SvgParameter name="font-family">WenQuanYi Micro Hei</se:SvgParameter><se:SvgParameter name="font-size">11</se:SvgParameter></se:Font><se:Halo><se:Radius>1.5</se:Radius><se:Fill><se:SvgParameter name="fill">#ffffff</se:SvgParameter></se:Fill></se:Halo><se:Fill><se:SvgParameter name="fill">#000000</se:SvgParameter></se:Fill></se:TextSymbolizer>
      </se:Rule>
      </se:FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
