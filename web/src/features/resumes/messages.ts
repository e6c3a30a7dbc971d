// The resumes feature's texts: zh-CN first; the English object must have exactly the same keys.
export const resumesZh = {};

export const resumesEn: typeof resumesZh = {};
