// Hand-drawn outlines (WGS84) of the zones that have no published boundary file, and representative points of the 16 Zhongguancun sub-parks.
// These are honest approximations from public descriptions; the build scales each outline to its official area and clips it to its districts.
import type { Position } from 'geojson';

export interface ApproxZone {
  id: string;
  name_zh: string;
  name_en: string;
  districts: string[];
  official_area_km2: number;
  /** What the outline follows (public description), shown in `source`. */
  description: string;
  /** Rough outline, WGS84 [lng, lat], counter-clockwise, not closed. */
  outline: Position[];
}

export const APPROX_ZONES: ApproxZone[] = [
  {
    id: 'huairou-science-city',
    name_zh: '怀柔科学城',
    name_en: 'Huairou Science City',
    districts: ['huairou', 'miyun'],
    official_area_km2: 100.9,
    description:
      'the planned area around Yanqi Lake (雁栖湖) and the Yanqi economic development zone, south through 怀柔镇/北房镇 to 杨宋镇 and east into 西田各庄镇 of Miyun',
    outline: [
      [116.622, 40.39],
      [116.64, 40.345],
      [116.652, 40.3],
      [116.688, 40.28],
      [116.728, 40.298],
      [116.75, 40.34],
      [116.765, 40.375],
      [116.735, 40.405],
      [116.695, 40.43],
      [116.635, 40.425],
    ],
  },
  {
    id: 'future-science-city',
    name_zh: '未来科学城',
    name_en: 'Future Science City',
    districts: ['changping'],
    official_area_km2: 170.6,
    description:
      '"two valleys and one park" along the Wenyu River (温榆河): the west part (沙河 higher-education park, Life Science Park / 生命谷) and the east part (北七家, 能源谷), joined by the river corridor',
    outline: [
      [116.232, 40.13],
      [116.262, 40.095],
      [116.3, 40.082],
      [116.36, 40.095],
      [116.42, 40.085],
      [116.48, 40.105],
      [116.47, 40.14],
      [116.4, 40.135],
      [116.34, 40.145],
      [116.3, 40.175],
      [116.235, 40.175],
    ],
  },
  {
    id: 'etdz',
    name_zh: '北京经济技术开发区',
    name_en: 'Beijing Economic-Technological Development Area (Yizhuang New Town)',
    districts: ['daxing', 'tongzhou'],
    official_area_km2: 225,
    description:
      'Yizhuang New Town (亦庄新城): the development area around 亦庄 on both sides of the Beijing–Tianjin–Tanggu expressway, west to 瀛海/旧宫, east to 台湖 and south-east to 马驹桥',
    outline: [
      [116.42, 39.79],
      [116.44, 39.75],
      [116.5, 39.73],
      [116.57, 39.72],
      [116.64, 39.74],
      [116.66, 39.8],
      [116.63, 39.855],
      [116.56, 39.86],
      [116.5, 39.835],
      [116.44, 39.83],
    ],
  },
];

export interface SubparkPoint {
  id: string;
  name_zh: string;
  name_en: string;
  district: string;
  /** The public place the point stands for. */
  place: string;
  /** WGS84 [lng, lat]. */
  point: [number, number];
}

/** One representative WGS84 point per Zhongguancun sub-park, at a well-known location of the park inside its district. */
export const ZGC_SUBPARKS: SubparkPoint[] = [
  {
    id: 'zgc-dongcheng',
    name_zh: '东城园',
    name_en: 'Dongcheng Park',
    district: 'dongcheng',
    place: '雍和航星科技园 / Yonghegong area',
    point: [116.417, 39.947],
  },
  {
    id: 'zgc-xicheng',
    name_zh: '西城园',
    name_en: 'Xicheng Park',
    district: 'xicheng',
    place: '德胜科技园 / Deshengmenwai',
    point: [116.376, 39.958],
  },
  {
    id: 'zgc-chaoyang',
    name_zh: '朝阳园',
    name_en: 'Chaoyang Park',
    district: 'chaoyang',
    place: '电子城 / Jiuxianqiao',
    point: [116.495, 39.985],
  },
  {
    id: 'zgc-haidian',
    name_zh: '海淀园',
    name_en: 'Haidian Park',
    district: 'haidian',
    place: '中关村大街 / Zhongguancun Street',
    point: [116.316, 39.983],
  },
  {
    id: 'zgc-fengtai',
    name_zh: '丰台园',
    name_en: 'Fengtai Park',
    district: 'fengtai',
    place: '丰台科技园 / headquarters base',
    point: [116.285, 39.826],
  },
  {
    id: 'zgc-shijingshan',
    name_zh: '石景山园',
    name_en: 'Shijingshan Park',
    district: 'shijingshan',
    place: '石景山 along Chang’an Avenue West',
    point: [116.205, 39.907],
  },
  {
    id: 'zgc-mentougou',
    name_zh: '门头沟园',
    name_en: 'Mentougou Park',
    district: 'mentougou',
    place: '石龙经济开发区 / Shilong',
    point: [116.118, 39.925],
  },
  {
    id: 'zgc-fangshan',
    name_zh: '房山园',
    name_en: 'Fangshan Park',
    district: 'fangshan',
    place: '长阳 / 良乡 area',
    point: [116.17, 39.75],
  },
  {
    id: 'zgc-tongzhou',
    name_zh: '通州园',
    name_en: 'Tongzhou Park',
    district: 'tongzhou',
    place: '光机电一体化产业基地 / Zhangjiawan',
    point: [116.7, 39.85],
  },
  {
    id: 'zgc-shunyi',
    name_zh: '顺义园',
    name_en: 'Shunyi Park',
    district: 'shunyi',
    place: '顺义新城 / Linhe development zone',
    point: [116.66, 40.14],
  },
  {
    id: 'zgc-daxing-yizhuang',
    name_zh: '大兴-亦庄园',
    name_en: 'Daxing–Yizhuang Park',
    district: 'daxing',
    place: '亦庄 / Beijing ETDZ core',
    point: [116.51, 39.79],
  },
  {
    id: 'zgc-changping',
    name_zh: '昌平园',
    name_en: 'Changping Park',
    district: 'changping',
    place: '昌平科技园 / Changping New Town',
    point: [116.22, 40.21],
  },
  {
    id: 'zgc-pinggu',
    name_zh: '平谷园',
    name_en: 'Pinggu Park',
    district: 'pinggu',
    place: '兴谷经济开发区 / Xinggu',
    point: [117.1, 40.15],
  },
  {
    id: 'zgc-huairou',
    name_zh: '怀柔园',
    name_en: 'Huairou Park',
    district: 'huairou',
    place: '雁栖经济开发区 / Yanqi',
    point: [116.655, 40.38],
  },
  {
    id: 'zgc-miyun',
    name_zh: '密云园',
    name_en: 'Miyun Park',
    district: 'miyun',
    place: '密云经济开发区 / Miyun New Town',
    point: [116.86, 40.35],
  },
  {
    id: 'zgc-yanqing',
    name_zh: '延庆园',
    name_en: 'Yanqing Park',
    district: 'yanqing',
    place: '延庆经济开发区 / Yanqing New Town',
    point: [115.96, 40.46],
  },
];
