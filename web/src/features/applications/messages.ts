// The applications feature's texts: zh-CN first; the English object must have exactly the same keys.
export const applicationsZh = {};

export const applicationsEn: typeof applicationsZh = {};
