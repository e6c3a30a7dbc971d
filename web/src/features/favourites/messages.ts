// The favourites feature's texts: zh-CN first; the English object must have exactly the same keys.
export const favouritesZh = {};

export const favouritesEn: typeof favouritesZh = {};
