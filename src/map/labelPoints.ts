// Where the map labels an area somewhere else than at its centre, so two labels never stand on one point.

/**
 * Label points (WGS84) that replace an area's centre on the map. 中关村科学城 is all of 海淀区 and
 * 创新型产业集群示范区 covers 顺义区: the zone keeps the centre, the district is labelled at another point inside it
 * (a test checks each point lies in the area's polygon); 创新型产业集群示范区 moves east of 未来科学城's label. 河北省's centre falls in 廊坊, between Beijing and Tianjin:
 * its label stands in the province's main body.
 */
export const LABEL_POINTS: Readonly<Record<string, [number, number]>> = {
  haidian: [116.29, 39.975],
  shunyi: [116.78, 40.235],
  'innovation-cluster-zone': [116.78, 40.12],
  // 通州区's centre sits between the 经开区 and 北三县 labels
  tongzhou: [116.76, 39.72],
  hebei: [115.1, 38.45],
};

/**
 * The English name without its administrative kind (" District", " Municipality", " Province", " Autonomous Region"),
 * for the one-line labels of the overview zooms.
 */
export const shortEnglishName = (name: string): string =>
  name.replace(/ (District|Municipality|Province|(Uygur |Zhuang |Hui )?Autonomous Region)$/, '');
