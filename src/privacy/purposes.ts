import type { ConsentService } from './consent.js';
import { TERMS } from './consent.js';

/** The consents every Renhe site asks for today. Modules add their own (e.g. sensitive items) the same way. */
export function defineBaseConsents(consent: ConsentService) {
  consent.definePurpose(TERMS, {
    label: { zh: '用户协议与隐私政策', en: 'User agreement and privacy policy' },
    description: { zh: '注册时同意；是使用账号的前提。', en: 'Agreed at sign-up; needed for the account itself.' },
    required: true,
  });
  consent.definePurpose('personalised_recommendation', {
    label: { zh: '个性化推荐', en: 'Personalised recommendations' },
    description: {
      zh: '根据您的求职意向、浏览和投递记录推荐职位。关闭后您看到的是不针对个人的推荐（如所在城市的最新职位）。',
      en: 'Jobs recommended from your intentions, views and applications. When off, you see recommendations that are not personal (such as the newest jobs in your city).',
    },
  });
  consent.definePurpose('recruiter_contact', {
    label: { zh: '允许招聘方联系我', en: 'Allow recruiters to contact me' },
    description: {
      zh: '开启后，已认证企业的招聘者可以向您发送联系请求；您接受后对方才能看到您的姓名和手机号。关闭后仍可主动投递。',
      en: 'When on, recruiters of verified enterprises may send you contact requests; they see your name and number only after you accept. You can still apply when it is off.',
    },
    roles: ['seeker'],
  });
  const channels = [
    ['sms', '短信', 'text messages'],
    ['email', '电子邮件', 'e-mail'],
    ['phone', '电话', 'phone calls'],
    ['in_app', '站内消息', 'in-app messages'],
  ] as const;
  for (const [channel, zh, en] of channels) {
    consent.definePurpose(`marketing.${channel}`, {
      label: { zh: `营销信息：${zh}`, en: `Marketing by ${en}` },
      description: {
        zh: `通过${zh}向您发送活动和服务推广。不影响验证码、面试通知等服务消息。`,
        en: `Offers and news by ${en}. Service messages such as codes and interview notices are not affected.`,
      },
    });
  }
}
