// The postings feature's texts: zh-CN first; the English object must have exactly the same keys.
export const postingsZh = {};

export const postingsEn: typeof postingsZh = {};
