// The reports feature's texts: zh-CN first; the English object must have exactly the same keys.
export const reportsZh = {};

export const reportsEn: typeof reportsZh = {};
