// Ids, Chinese/English names and yearbook areas for the administrative units the geodata build emits.

export interface DistrictInfo {
  id: string;
  adcode: string;
  name_zh: string;
  name_en: string;
  official_area_km2: number;
}

/** Beijing's 16 districts with yearbook areas (km², see shared/design/GEODATA.md). */
export const BEIJING_DISTRICTS: DistrictInfo[] = [
  {
    id: 'dongcheng',
    adcode: '110101',
    name_zh: '东城区',
    name_en: 'Dongcheng District',
    official_area_km2: 41.84,
  },
  {
    id: 'xicheng',
    adcode: '110102',
    name_zh: '西城区',
    name_en: 'Xicheng District',
    official_area_km2: 50.7,
  },
  {
    id: 'chaoyang',
    adcode: '110105',
    name_zh: '朝阳区',
    name_en: 'Chaoyang District',
    official_area_km2: 470.8,
  },
  {
    id: 'fengtai',
    adcode: '110106',
    name_zh: '丰台区',
    name_en: 'Fengtai District',
    official_area_km2: 305.8,
  },
  {
    id: 'shijingshan',
    adcode: '110107',
    name_zh: '石景山区',
    name_en: 'Shijingshan District',
    official_area_km2: 84.32,
  },
  {
    id: 'haidian',
    adcode: '110108',
    name_zh: '海淀区',
    name_en: 'Haidian District',
    official_area_km2: 430.77,
  },
  {
    id: 'mentougou',
    adcode: '110109',
    name_zh: '门头沟区',
    name_en: 'Mentougou District',
    official_area_km2: 1447.85,
  },
  {
    id: 'fangshan',
    adcode: '110111',
    name_zh: '房山区',
    name_en: 'Fangshan District',
    official_area_km2: 1989.54,
  },
  {
    id: 'tongzhou',
    adcode: '110112',
    name_zh: '通州区',
    name_en: 'Tongzhou District',
    official_area_km2: 906.28,
  },
  {
    id: 'shunyi',
    adcode: '110113',
    name_zh: '顺义区',
    name_en: 'Shunyi District',
    official_area_km2: 1019.89,
  },
  {
    id: 'changping',
    adcode: '110114',
    name_zh: '昌平区',
    name_en: 'Changping District',
    official_area_km2: 1343.54,
  },
  {
    id: 'daxing',
    adcode: '110115',
    name_zh: '大兴区',
    name_en: 'Daxing District',
    official_area_km2: 1036.32,
  },
  {
    id: 'huairou',
    adcode: '110116',
    name_zh: '怀柔区',
    name_en: 'Huairou District',
    official_area_km2: 2122.62,
  },
  {
    id: 'pinggu',
    adcode: '110117',
    name_zh: '平谷区',
    name_en: 'Pinggu District',
    official_area_km2: 950.13,
  },
  { id: 'miyun', adcode: '110118', name_zh: '密云区', name_en: 'Miyun District', official_area_km2: 2229.45 },
  {
    id: 'yanqing',
    adcode: '110119',
    name_zh: '延庆区',
    name_en: 'Yanqing District',
    official_area_km2: 1993.75,
  },
];

export const BEIJING_AREA_KM2 = 16410.54;

/** Hebei's 11 prefecture-level cities: adcode -> id slug and English name. */
export const HEBEI_PREFECTURES: Record<string, { slug: string; name_en: string }> = {
  '130100': { slug: 'shijiazhuang', name_en: 'Shijiazhuang' },
  '130200': { slug: 'tangshan', name_en: 'Tangshan' },
  '130300': { slug: 'qinhuangdao', name_en: 'Qinhuangdao' },
  '130400': { slug: 'handan', name_en: 'Handan' },
  '130500': { slug: 'xingtai', name_en: 'Xingtai' },
  '130600': { slug: 'baoding', name_en: 'Baoding' },
  '130700': { slug: 'zhangjiakou', name_en: 'Zhangjiakou' },
  '130800': { slug: 'chengde', name_en: 'Chengde' },
  '130900': { slug: 'cangzhou', name_en: 'Cangzhou' },
  '131000': { slug: 'langfang', name_en: 'Langfang' },
  '131100': { slug: 'hengshui', name_en: 'Hengshui' },
};

/** Province-level units of china.json: adcode -> full Chinese name and English name. */
export const PROVINCES: Record<string, { name_zh: string; name_en: string }> = {
  '110000': { name_zh: '北京市', name_en: 'Beijing' },
  '120000': { name_zh: '天津市', name_en: 'Tianjin' },
  '130000': { name_zh: '河北省', name_en: 'Hebei' },
  '140000': { name_zh: '山西省', name_en: 'Shanxi' },
  '150000': { name_zh: '内蒙古自治区', name_en: 'Inner Mongolia' },
  '210000': { name_zh: '辽宁省', name_en: 'Liaoning' },
  '220000': { name_zh: '吉林省', name_en: 'Jilin' },
  '230000': { name_zh: '黑龙江省', name_en: 'Heilongjiang' },
  '310000': { name_zh: '上海市', name_en: 'Shanghai' },
  '320000': { name_zh: '江苏省', name_en: 'Jiangsu' },
  '330000': { name_zh: '浙江省', name_en: 'Zhejiang' },
  '340000': { name_zh: '安徽省', name_en: 'Anhui' },
  '350000': { name_zh: '福建省', name_en: 'Fujian' },
  '360000': { name_zh: '江西省', name_en: 'Jiangxi' },
  '370000': { name_zh: '山东省', name_en: 'Shandong' },
  '410000': { name_zh: '河南省', name_en: 'Henan' },
  '420000': { name_zh: '湖北省', name_en: 'Hubei' },
  '430000': { name_zh: '湖南省', name_en: 'Hunan' },
  '440000': { name_zh: '广东省', name_en: 'Guangdong' },
  '450000': { name_zh: '广西壮族自治区', name_en: 'Guangxi' },
  '460000': { name_zh: '海南省', name_en: 'Hainan' },
  '500000': { name_zh: '重庆市', name_en: 'Chongqing' },
  '510000': { name_zh: '四川省', name_en: 'Sichuan' },
  '520000': { name_zh: '贵州省', name_en: 'Guizhou' },
  '530000': { name_zh: '云南省', name_en: 'Yunnan' },
  '540000': { name_zh: '西藏自治区', name_en: 'Tibet (Xizang)' },
  '610000': { name_zh: '陕西省', name_en: 'Shaanxi' },
  '620000': { name_zh: '甘肃省', name_en: 'Gansu' },
  '630000': { name_zh: '青海省', name_en: 'Qinghai' },
  '640000': { name_zh: '宁夏回族自治区', name_en: 'Ningxia' },
  '650000': { name_zh: '新疆维吾尔自治区', name_en: 'Xinjiang' },
  '710000': { name_zh: '台湾省', name_en: 'Taiwan' },
  '810000': { name_zh: '香港特别行政区', name_en: 'Hong Kong' },
  '820000': { name_zh: '澳门特别行政区', name_en: 'Macao' },
};

/** The 9 Guangdong cities of the Greater Bay Area (china-cities.json adcodes); Hong Kong and Macao come from china.json. */
export const GBA_CITY_ADCODES = [
  '440100',
  '440300',
  '440400',
  '440600',
  '441300',
  '441900',
  '442000',
  '440700',
  '441200',
];
