/**
 * Deterministic demo data: the same seed always gives the same enterprises, jobs and people.
 * Every name and number is invented; no real person or company is described.
 */

import { educationLevels, experienceLevels, positionCategories, welfareTags } from '../modules/taxonomy/index.js';

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    some: <T>(items: readonly T[], n: number): T[] => {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
      return out;
    },
  };
}

export const cities: Record<string, string[]> = {
  北京: ['海淀区', '朝阳区', '东城区', '昌平区'],
  上海: ['浦东新区', '徐汇区', '静安区', '闵行区'],
  广州: ['天河区', '番禺区', '黄埔区'],
  深圳: ['南山区', '福田区', '宝安区', '龙岗区'],
  杭州: ['西湖区', '滨江区', '余杭区'],
  成都: ['高新区', '武侯区', '锦江区'],
  武汉: ['洪山区', '江夏区', '武昌区'],
  南京: ['鼓楼区', '江宁区', '建邺区'],
  西安: ['雁塔区', '未央区', '长安区'],
  苏州: ['工业园区', '吴中区', '相城区'],
  重庆: ['渝北区', '江北区', '沙坪坝区'],
  长沙: ['岳麓区', '雨花区', '开福区'],
};

const namePrefixes = [
  '星河',
  '云帆',
  '启明',
  '青禾',
  '远航',
  '鼎新',
  '华锐',
  '蓝海',
  '恒通',
  '嘉禾',
  '瑞丰',
  '卓越',
  '众合',
  '博远',
  '汇智',
  '天工',
  '长风',
  '锦程',
  '安和',
  '明德',
];
const industries: { industry: string; suffix: string; categories: string[] }[] = [
  { industry: '互联网', suffix: '网络科技有限公司', categories: ['tech', 'product', 'ops'] },
  { industry: '软件与信息服务', suffix: '软件有限公司', categories: ['tech', 'product'] },
  { industry: '智能制造', suffix: '智能装备有限公司', categories: ['engineering', 'production', 'logistics'] },
  { industry: '建筑工程', suffix: '建设工程有限公司', categories: ['construction', 'engineering'] },
  { industry: '物流仓储', suffix: '供应链管理有限公司', categories: ['logistics', 'sales'] },
  { industry: '零售连锁', suffix: '商贸有限公司', categories: ['sales', 'service', 'logistics'] },
  { industry: '教育培训', suffix: '教育科技有限公司', categories: ['education', 'sales', 'ops'] },
  { industry: '医疗健康', suffix: '医疗器械有限公司', categories: ['sales', 'engineering', 'service'] },
  { industry: '金融服务', suffix: '信息咨询有限公司', categories: ['finance', 'sales'] },
  { industry: '餐饮酒店', suffix: '餐饮管理有限公司', categories: ['service', 'ops'] },
];
const sizes = ['20-99人', '100-499人', '500-999人', '1000-9999人', '10000人以上'];

interface Template {
  title: string;
  salary: [number, number];
  education: string[];
  experience: string[];
  duties: string[];
  needs: string[];
}

const templates: Record<string, Template[]> = {
  tech: [
    {
      title: 'Java开发工程师',
      salary: [12, 30],
      education: ['本科'],
      experience: ['1-3年', '3-5年'],
      duties: ['负责核心业务系统的设计与开发', '参与微服务架构的演进与性能优化'],
      needs: ['熟悉 Java、Spring Boot、MySQL', '了解 Redis、消息队列者优先'],
    },
    {
      title: '前端开发工程师',
      salary: [10, 25],
      education: ['大专', '本科'],
      experience: ['1-3年', '3-5年'],
      duties: ['负责 Web 与小程序前端开发', '与设计、后端协作完成需求交付'],
      needs: ['熟悉 React 或 Vue', '有移动端适配经验'],
    },
    {
      title: 'Python后端工程师',
      salary: [12, 28],
      education: ['本科'],
      experience: ['1-3年', '3-5年'],
      duties: ['开发数据服务与后台接口', '维护自动化运维脚本'],
      needs: ['熟悉 Python、Django/FastAPI', '熟悉 PostgreSQL'],
    },
    {
      title: '测试工程师',
      salary: [8, 18],
      education: ['大专', '本科'],
      experience: ['经验不限', '1-3年'],
      duties: ['编写测试用例并执行', '跟踪缺陷直至关闭'],
      needs: ['细心负责', '会写自动化测试脚本者优先'],
    },
    {
      title: '数据分析师',
      salary: [10, 22],
      education: ['本科', '硕士'],
      experience: ['1-3年'],
      duties: ['搭建业务指标体系', '输出分析报告支持决策'],
      needs: ['熟练使用 SQL、Excel', '会 Python 者优先'],
    },
    {
      title: '运维工程师',
      salary: [9, 20],
      education: ['大专', '本科'],
      experience: ['1-3年', '3-5年'],
      duties: ['保障线上服务稳定运行', '负责监控告警与故障处理'],
      needs: ['熟悉 Linux、Docker', '能接受值班'],
    },
  ],
  product: [
    {
      title: '产品经理',
      salary: [15, 30],
      education: ['本科'],
      experience: ['3-5年'],
      duties: ['负责产品规划与需求管理', '推动研发按期上线'],
      needs: ['有 B 端或招聘类产品经验优先', '沟通能力强'],
    },
    {
      title: 'UI设计师',
      salary: [8, 18],
      education: ['大专', '本科'],
      experience: ['1-3年'],
      duties: ['负责 App 与网页界面设计', '维护设计规范'],
      needs: ['熟练使用 Figma', '提供作品集'],
    },
  ],
  ops: [
    {
      title: '新媒体运营',
      salary: [6, 12],
      education: ['大专', '本科'],
      experience: ['经验不限', '1-3年'],
      duties: ['运营公众号、视频号与社群', '策划线上活动'],
      needs: ['文字功底好', '熟悉短视频平台'],
    },
    {
      title: '用户运营专员',
      salary: [6, 11],
      education: ['大专'],
      experience: ['经验不限'],
      duties: ['维护用户关系，提升活跃与留存', '收集用户反馈'],
      needs: ['有耐心，善于沟通'],
    },
  ],
  engineering: [
    {
      title: '机械工程师',
      salary: [9, 18],
      education: ['本科'],
      experience: ['1-3年', '3-5年'],
      duties: ['负责非标设备的机械设计', '现场调试与技术支持'],
      needs: ['熟练使用 SolidWorks', '机械类相关专业'],
    },
    {
      title: '电气工程师',
      salary: [9, 18],
      education: ['大专', '本科'],
      experience: ['1-3年', '3-5年'],
      duties: ['负责 PLC 程序编写与电气图纸设计', '设备调试'],
      needs: ['熟悉西门子或三菱 PLC'],
    },
    {
      title: '质量工程师',
      salary: [8, 15],
      education: ['大专', '本科'],
      experience: ['1-3年'],
      duties: ['制定检验标准', '推动质量问题闭环'],
      needs: ['熟悉 ISO9001 体系'],
    },
  ],
  construction: [
    {
      title: '土建工程师',
      salary: [8, 16],
      education: ['大专', '本科'],
      experience: ['3-5年', '5-10年'],
      duties: ['负责项目现场施工管理', '把控质量、进度与安全'],
      needs: ['土木工程相关专业', '持二级建造师证书者优先'],
    },
    { title: '造价工程师', salary: [9, 18], education: ['本科'], experience: ['3-5年'], duties: ['编制工程预结算', '审核变更签证'], needs: ['熟练使用广联达'] },
    {
      title: '安全员',
      salary: [6, 10],
      education: ['大专', '中专/中技'],
      experience: ['1-3年'],
      duties: ['日常安全巡查', '组织安全培训'],
      needs: ['持安全员证'],
    },
  ],
  production: [
    { title: '普工', salary: [5, 8], education: ['学历不限'], experience: ['经验不限'], duties: ['按标准作业完成生产任务'], needs: ['身体健康，能适应倒班'] },
    {
      title: '车间主管',
      salary: [8, 14],
      education: ['大专'],
      experience: ['3-5年'],
      duties: ['管理车间生产计划与人员', '推动精益改善'],
      needs: ['有制造业班组管理经验'],
    },
  ],
  logistics: [
    {
      title: '仓库管理员',
      salary: [5, 8],
      education: ['中专/中技', '大专'],
      experience: ['经验不限', '1-3年'],
      duties: ['负责出入库与盘点', '维护库存系统数据'],
      needs: ['会用 Excel', '做事细致'],
    },
    { title: '物流专员', salary: [6, 10], education: ['大专'], experience: ['1-3年'], duties: ['安排发货与运输', '跟踪在途异常'], needs: ['熟悉物流流程'] },
    { title: '叉车司机', salary: [6, 9], education: ['学历不限'], experience: ['1-3年'], duties: ['仓库叉车作业'], needs: ['持叉车证'] },
  ],
  sales: [
    {
      title: '销售代表',
      salary: [6, 15],
      education: ['大专'],
      experience: ['经验不限', '1-3年'],
      duties: ['开发并维护客户', '完成销售目标'],
      needs: ['沟通能力强，能接受出差'],
    },
    { title: '大客户经理', salary: [12, 25], education: ['本科'], experience: ['3-5年'], duties: ['负责重点客户的拓展与维护'], needs: ['有行业资源者优先'] },
  ],
  service: [
    {
      title: '客服专员',
      salary: [5, 8],
      education: ['大专'],
      experience: ['经验不限'],
      duties: ['通过电话与在线渠道解答客户问题'],
      needs: ['普通话标准', '打字速度快'],
    },
    { title: '门店店长', salary: [7, 12], education: ['大专'], experience: ['3-5年'], duties: ['负责门店经营与团队管理'], needs: ['有连锁门店管理经验'] },
  ],
  education: [
    { title: '初中数学教师', salary: [8, 15], education: ['本科'], experience: ['1-3年'], duties: ['负责初中数学课程教学与教研'], needs: ['持教师资格证'] },
    { title: '课程顾问', salary: [6, 14], education: ['大专'], experience: ['经验不限'], duties: ['为家长提供课程咨询'], needs: ['亲和力强'] },
  ],
  finance: [
    {
      title: '会计',
      salary: [6, 11],
      education: ['大专', '本科'],
      experience: ['1-3年', '3-5年'],
      duties: ['负责账务处理与纳税申报'],
      needs: ['持初级会计证', '熟悉金蝶或用友'],
    },
    { title: '风控专员', salary: [8, 15], education: ['本科'], experience: ['1-3年'], duties: ['审核业务风险', '完善风控规则'], needs: ['金融、统计相关专业'] },
  ],
};

const welfare = welfareTags.map((w) => w.code);
const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
export const givenNames = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '婷',
  '浩然',
  '子涵',
  '雨轩',
  '思远',
  '欣怡',
];

export interface DemoEnterprise {
  name: string;
  city: string;
  industry: string;
  size: string;
  description: string;
  verified: boolean;
  categories: string[];
}

export interface DemoJob {
  enterpriseIndex: number;
  title: string;
  /** Taxonomy codes: category, position, experience, education, welfare tags (`tags`). */
  category: string;
  position: string;
  address: string;
  city: string;
  district: string;
  /** Thousands of yuan a month. */
  salaryMin: number;
  salaryMax: number;
  salaryMonths: number;
  experience: string;
  education: string;
  jobType: 'full_time' | 'part_time' | 'internship';
  headcount: number;
  tags: string[];
  description: string;
  requirements: string;
  ageHours: number;
}

export interface DemoSeeker {
  phone: string;
  displayName: string;
  birthDate: string;
  gender: 'female' | 'male';
  city: string;
  resume: DemoResume;
}

/** One resume per demo seeker, most of them public so the recruiter side has candidates to show. */
export interface DemoResume {
  title: string;
  visibility: 'public' | 'applied';
  educationLevel: string;
  yearsOfWork: number;
  jobStatus: 'looking' | 'open' | 'not_looking';
  introduction: string;
  intendedPositions: string[];
  /** Thousands of yuan a month. */
  salaryMin: number;
  salaryMax: number;
  education: { school: string; major: string; degree: string; start: string; end: string | null }[];
  experience: { company: string; title: string; start: string; end: string | null; monthlySalary: number | null; description: string; internship: boolean }[];
  skills: string[];
}

const schools = ['浙江工业大学', '华中科技大学', '南京工业大学', '西南交通大学', '深圳职业技术学院', '山东大学', '湖南师范大学', '成都理工大学'];
const majors = ['计算机科学与技术', '软件工程', '机械设计制造及其自动化', '市场营销', '会计学', '土木工程', '物流管理', '汉语言文学'];
const pastEmployers = ['某网络科技有限公司', '某制造有限公司', '某商贸有限公司', '某建设工程有限公司', '某教育科技有限公司'];

/** The taxonomy position each template title stands for. */
const positionOfTitle: Record<string, string> = {
  Java开发工程师: 'tech.backend',
  前端开发工程师: 'tech.frontend',
  Python后端工程师: 'tech.backend',
  测试工程师: 'tech.qa',
  数据分析师: 'tech.data',
  运维工程师: 'tech.ops',
  产品经理: 'product.manager',
  UI设计师: 'product.ui',
  新媒体运营: 'ops.new_media',
  用户运营专员: 'ops.user',
  机械工程师: 'engineering.mechanical',
  电气工程师: 'engineering.electrical',
  质量工程师: 'engineering.quality',
  土建工程师: 'construction.civil',
  造价工程师: 'construction.cost',
  安全员: 'construction.safety',
  普工: 'production.worker',
  车间主管: 'production.supervisor',
  仓库管理员: 'logistics.warehouse',
  物流专员: 'logistics.specialist',
  叉车司机: 'logistics.driver',
  销售代表: 'sales.rep',
  大客户经理: 'sales.key_account',
  客服专员: 'service.customer',
  门店店长: 'service.store_manager',
  初中数学教师: 'education.teacher',
  课程顾问: 'education.consultant',
  会计: 'finance.accountant',
  风控专员: 'finance.risk',
};

/** Templates are written with the familiar Chinese labels; rows carry the taxonomy's codes. */
const labelAliases: Record<string, string> = { '中专/中技': '高中/中专' };
function codeOf(levels: readonly { code: string; zh: string }[], label: string): string {
  const zh = labelAliases[label] ?? label;
  const found = levels.find((l) => l.zh === zh);
  if (!found) throw new Error(`demo template label without a taxonomy code: ${label}`);
  return found.code;
}

const streets = ['科技路', '创业大道', '人民路', '建设路', '中山路', '解放路', '文化路', '工业园路'];

export function generateDemo(opts: { seed?: number; enterprises?: number; jobs?: number; seekers?: number } = {}) {
  const r = rng(opts.seed ?? 20261122);
  const cityNames = Object.keys(cities);
  const enterprises: DemoEnterprise[] = [];
  const usedNames = new Set<string>();
  const nEnterprises = opts.enterprises ?? 36;
  for (let i = 0; i < nEnterprises; i++) {
    const ind = industries[i % industries.length] as (typeof industries)[number];
    const city = cityNames[i % cityNames.length] as string;
    let name = '';
    do name = `${city}${r.pick(namePrefixes)}${ind.suffix}`;
    while (usedNames.has(name) && usedNames.size < 1000);
    usedNames.add(name);
    enterprises.push({
      name,
      city,
      industry: ind.industry,
      size: r.pick(sizes),
      description: `${name.replace('有限公司', '')}成立于${r.int(2003, 2021)}年，总部位于${city}，专注${ind.industry}领域，现有员工${r.pick(sizes)}。`,
      verified: r.next() < 0.8,
      categories: ind.categories,
    });
  }

  const jobs: DemoJob[] = [];
  const nJobs = opts.jobs ?? 360;
  for (let i = 0; i < nJobs; i++) {
    const enterpriseIndex = r.int(0, enterprises.length - 1);
    const e = enterprises[enterpriseIndex] as DemoEnterprise;
    const category = r.pick(e.categories);
    const t = r.pick(templates[category] as Template[]);
    const low = r.int(t.salary[0], Math.max(t.salary[0], t.salary[1] - 4));
    const high = Math.min(t.salary[1], low + r.int(2, 10));
    const isIntern = r.next() < 0.06;
    const tags = r.some(welfare, r.int(2, 5));
    const position = positionOfTitle[t.title] ?? (positionCategories.find((c) => c.code === category)?.positions[0]?.code as string);
    jobs.push({
      enterpriseIndex,
      title: isIntern ? `${t.title}（实习）` : t.title,
      category,
      position,
      city: e.city,
      district: r.pick(cities[e.city] as string[]),
      salaryMin: isIntern ? Math.max(3, low - 4) : low,
      salaryMax: isIntern ? Math.max(4, high - 4) : high,
      salaryMonths: r.pick([12, 12, 13, 13, 14, 15, 16]),
      experience: isIntern ? 'none' : codeOf(experienceLevels, r.pick(t.experience)),
      education: codeOf(educationLevels, r.pick(t.education)),
      address: `${r.pick(streets)}${r.int(1, 999)}号`,
      jobType: isIntern ? 'internship' : r.next() < 0.05 ? 'part_time' : 'full_time',
      headcount: r.int(1, 10),
      tags,
      description: ['岗位职责：', ...t.duties.map((d, k) => `${k + 1}. ${d}；`)].join('\n'),
      requirements: [
        '任职要求：',
        ...t.needs.map((d, k) => `${k + 1}. ${d}；`),
        `${t.needs.length + 1}. ${r.pick(['责任心强，具备团队合作精神', '学习能力强，能承受一定压力', '有同岗位经验者优先'])}。`,
      ].join('\n'),
      ageHours: r.int(0, 24 * 28),
    });
  }

  const seekers: DemoSeeker[] = [];
  const nSeekers = opts.seekers ?? 120;
  const titles = Object.keys(positionOfTitle);
  for (let i = 0; i < nSeekers; i++) {
    const gender = r.next() < 0.5 ? 'female' : 'male';
    const year = r.int(1975, 2006);
    const title = r.pick(titles);
    const graduated = Math.min(2026, year + 22);
    const yearsOfWork = Math.max(0, 2026 - graduated);
    const salaryMin = r.int(5, 20);
    const degree = r.pick(['college', 'bachelor', 'bachelor', 'master']);
    const resume: DemoResume = {
      title: `${title}求职简历`,
      visibility: r.next() < 0.8 ? 'public' : 'applied',
      educationLevel: degree,
      yearsOfWork,
      jobStatus: r.pick(['looking', 'open', 'open', 'not_looking'] as const),
      introduction: `${yearsOfWork > 0 ? `${yearsOfWork}年相关工作经验，` : '应届毕业生，'}${r.pick(['做事踏实，沟通顺畅', '学习能力强，能快速上手新业务', '注重细节，执行力强'])}，希望从事${title}相关工作。`,
      intendedPositions: [positionOfTitle[title] as string],
      salaryMin,
      salaryMax: salaryMin + r.int(2, 10),
      education: [{ school: r.pick(schools), major: r.pick(majors), degree, start: `${graduated - 4}-09`, end: `${graduated}-06` }],
      experience:
        yearsOfWork > 0
          ? [
              {
                company: r.pick(pastEmployers),
                title,
                start: `${graduated}-07`,
                end: null,
                monthlySalary: null,
                description: `负责${title}相关工作，${r.pick(['参与多个重点项目', '带领三人小组完成年度目标', '持续改进流程，提高效率'])}。`,
                internship: false,
              },
            ]
          : [],
      skills: r.some(['沟通协调', 'Office', 'Excel', '团队合作', '数据分析', 'CAD', 'Java', 'Python', '驾驶证C1'], 3),
    };
    // 199 0000 xxxx: a block of numbers used only for demo accounts.
    seekers.push({
      phone: `1990000${String(i).padStart(4, '0')}`,
      displayName: `${r.pick(surnames)}${r.pick(givenNames)}`,
      birthDate: `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      gender,
      city: r.pick(cityNames),
      resume,
    });
  }
  return { enterprises, jobs, seekers };
}
