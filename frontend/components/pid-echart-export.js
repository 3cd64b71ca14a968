// The parts of ECharts that only a saved image needs, fetched when the reader first saves one: the SVG renderer,
// and the graphic component that writes the image's title, subtitle, notes and source line.
import * as echarts from 'echarts/core';
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GraphicComponent, SVGRenderer]);
