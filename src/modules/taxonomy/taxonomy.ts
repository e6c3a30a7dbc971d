/**
 * The standard lists jobs and resumes share: position categories and positions, experience and
 * education levels, job types and welfare tags. Codes are stable ASCII; labels are zh-CN and en.
 * A job names one position; a resume's intentions name positions. Unknown codes are refused.
 */
export interface Label {
  zh: string;
  en: string;
}

export interface Position extends Label {
  code: string;
}

export interface PositionCategory extends Label {
  code: string;
  positions: Position[];
}

const p = (code: string, zh: string, en: string): Position => ({ code, zh, en });

export const positionCategories: PositionCategory[] = [
  {
    code: 'tech',
    zh: '技术研发',
    en: 'Technology',
    positions: [
      p('tech.backend', '后端开发', 'Back-end developer'),
      p('tech.frontend', '前端开发', 'Front-end developer'),
      p('tech.mobile', '移动开发', 'Mobile developer'),
      p('tech.qa', '测试工程师', 'QA engineer'),
      p('tech.data', '数据分析', 'Data analyst'),
      p('tech.ops', '运维工程师', 'Operations engineer'),
      p('tech.algorithm', '算法工程师', 'Algorithm engineer'),
    ],
  },
  {
    code: 'product',
    zh: '产品设计',
    en: 'Product and design',
    positions: [p('product.manager', '产品经理', 'Product manager'), p('product.ui', 'UI设计师', 'UI designer'), p('product.ux', '交互设计师', 'UX designer')],
  },
  {
    code: 'ops',
    zh: '运营',
    en: 'Operations',
    positions: [
      p('ops.new_media', '新媒体运营', 'Social media operations'),
      p('ops.user', '用户运营', 'User operations'),
      p('ops.content', '内容运营', 'Content operations'),
      p('ops.ecommerce', '电商运营', 'E-commerce operations'),
    ],
  },
  {
    code: 'engineering',
    zh: '工程技术',
    en: 'Engineering',
    positions: [
      p('engineering.mechanical', '机械工程师', 'Mechanical engineer'),
      p('engineering.electrical', '电气工程师', 'Electrical engineer'),
      p('engineering.quality', '质量工程师', 'Quality engineer'),
      p('engineering.process', '工艺工程师', 'Process engineer'),
    ],
  },
  {
    code: 'construction',
    zh: '建筑工程',
    en: 'Construction',
    positions: [
      p('construction.civil', '土建工程师', 'Civil engineer'),
      p('construction.cost', '造价工程师', 'Cost engineer'),
      p('construction.safety', '安全员', 'Safety officer'),
      p('construction.site', '施工员', 'Site supervisor'),
    ],
  },
  {
    code: 'production',
    zh: '生产制造',
    en: 'Manufacturing',
    positions: [
      p('production.worker', '普工', 'Production worker'),
      p('production.supervisor', '车间主管', 'Workshop supervisor'),
      p('production.technician', '技工', 'Technician'),
    ],
  },
  {
    code: 'logistics',
    zh: '物流仓储',
    en: 'Logistics',
    positions: [
      p('logistics.warehouse', '仓库管理员', 'Warehouse keeper'),
      p('logistics.specialist', '物流专员', 'Logistics specialist'),
      p('logistics.driver', '司机', 'Driver'),
      p('logistics.courier', '快递员', 'Courier'),
    ],
  },
  {
    code: 'sales',
    zh: '销售',
    en: 'Sales',
    positions: [
      p('sales.rep', '销售代表', 'Sales representative'),
      p('sales.key_account', '大客户经理', 'Key account manager'),
      p('sales.telesales', '电话销售', 'Telesales'),
    ],
  },
  {
    code: 'service',
    zh: '服务',
    en: 'Services',
    positions: [
      p('service.customer', '客服专员', 'Customer service'),
      p('service.store_manager', '门店店长', 'Store manager'),
      p('service.waiter', '服务员', 'Waiter'),
      p('service.chef', '厨师', 'Chef'),
    ],
  },
  {
    code: 'education',
    zh: '教育培训',
    en: 'Education',
    positions: [
      p('education.teacher', '教师', 'Teacher'),
      p('education.consultant', '课程顾问', 'Course consultant'),
      p('education.tutor', '辅导老师', 'Tutor'),
    ],
  },
  {
    code: 'finance',
    zh: '财务金融',
    en: 'Finance',
    positions: [p('finance.accountant', '会计', 'Accountant'), p('finance.risk', '风控专员', 'Risk analyst'), p('finance.cashier', '出纳', 'Cashier')],
  },
  {
    code: 'admin',
    zh: '人事行政',
    en: 'HR and administration',
    positions: [
      p('admin.hr', '人事专员', 'HR specialist'),
      p('admin.recruiter', '招聘专员', 'Recruiter'),
      p('admin.office', '行政专员', 'Office administrator'),
    ],
  },
];

const l = (code: string, zh: string, en: string) => ({ code, zh, en });

/** Years of experience a job asks for or a seeker has; ordered from least to most. */
export const experienceLevels = [
  l('any', '经验不限', 'Any experience'),
  l('none', '应届生', 'New graduate'),
  l('lt1', '1年以下', 'Under 1 year'),
  l('1-3', '1-3年', '1–3 years'),
  l('3-5', '3-5年', '3–5 years'),
  l('5-10', '5-10年', '5–10 years'),
  l('10+', '10年以上', 'Over 10 years'),
] as const;

/** Education levels, ordered from lowest to highest ('any' only for jobs). */
export const educationLevels = [
  l('any', '学历不限', 'Any education'),
  l('junior', '初中及以下', 'Junior middle school'),
  l('senior', '高中/中专', 'Senior high or vocational school'),
  l('college', '大专', 'Junior college'),
  l('bachelor', '本科', "Bachelor's degree"),
  l('master', '硕士', "Master's degree"),
  l('doctor', '博士', 'Doctorate'),
] as const;

export const jobTypes = [l('full_time', '全职', 'Full-time'), l('part_time', '兼职', 'Part-time'), l('internship', '实习', 'Internship')] as const;

export const welfareTags = [
  l('insurance', '五险一金', 'Social insurance and housing fund'),
  l('weekends', '双休', 'Weekends off'),
  l('paid_leave', '带薪年假', 'Paid annual leave'),
  l('bonus', '年终奖', 'Year-end bonus'),
  l('housing', '包住', 'Housing provided'),
  l('meals', '包吃', 'Meals provided'),
  l('meal_allowance', '餐补', 'Meal allowance'),
  l('transport', '交通补助', 'Transport allowance'),
  l('checkup', '定期体检', 'Regular health check-ups'),
  l('holiday_gifts', '节日福利', 'Holiday gifts'),
  l('flexible', '弹性工作', 'Flexible hours'),
  l('trips', '员工旅游', 'Company trips'),
  l('equity', '股票期权', 'Stock options'),
  l('shuttle', '免费班车', 'Free shuttle bus'),
] as const;

export type ExperienceCode = (typeof experienceLevels)[number]['code'];
export type EducationCode = (typeof educationLevels)[number]['code'];
export type JobTypeCode = (typeof jobTypes)[number]['code'];
export type WelfareCode = (typeof welfareTags)[number]['code'];

const positionIndex = new Map(positionCategories.flatMap((c) => c.positions.map((pos) => [pos.code, { ...pos, category: c.code }] as const)));

export const isPositionCode = (code: string) => positionIndex.has(code);
export const positionOf = (code: string) => positionIndex.get(code);
export const isCategoryCode = (code: string) => positionCategories.some((c) => c.code === code);
export const isExperienceCode = (code: string): code is ExperienceCode => experienceLevels.some((x) => x.code === code);
export const isEducationCode = (code: string): code is EducationCode => educationLevels.some((x) => x.code === code);
export const isWelfareCode = (code: string): code is WelfareCode => welfareTags.some((x) => x.code === code);
/** Rank for comparisons ("at least a bachelor's degree"): the index in the ordered list. */
export const educationRank = (code: string) => educationLevels.findIndex((x) => x.code === code);
export const experienceRank = (code: string) => experienceLevels.findIndex((x) => x.code === code);
