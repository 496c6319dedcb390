import { describe, expect, it } from 'vitest';
import { extractProduct } from './extract-product.ts';
import { normalizeText } from './normalize-text.ts';
import { tagWords } from './tag-words.ts';

const productOf = (text: string) => {
  const normalized = normalizeText(text);
  return extractProduct(normalized, tagWords(normalized));
};

describe('extractProduct', () => {
  it.each([
    ['我上周在你们店买的电热水壶漏电了', '电热水壶', 'goods'],
    ['买的是一个儿童餐椅，订单号是 DD88231', '儿童餐椅', 'goods'],
    ['办的健身年卡想退', '健身年卡', 'service'],
    ['你们旅行社太坑了 报的云南六日游 说好的五星酒店结果住的是快捷', '云南六日游', 'service'],
    ['我在你们店办的美甲储值卡还有1500没用完', '美甲储值卡', 'service'],
    ['2月26号在你们酒店订的大床房，到了前台说没房', '大床房', 'service'],
    ['里面是台戴森吹风机 3299买的 要么给我找回', '戴森吹风机', 'goods'],
    // One name across a short modifier, or jieba's own compound.
    ['预定了一个榴莲千层蛋糕 8月29号取', '榴莲千层蛋糕', 'goods'],
    ['卖给我的布洛芬缓释胶囊 少了一板', '布洛芬缓释胶囊', 'goods'],
    ['8月20日收到的布艺沙发 坐了不到两周', '布艺沙发', 'goods'],
    // A name jieba does not know, read up to the next space or particle and ended by a product ending.
    ['前天订的蓝莓慕斯蛋糕 8寸 奶油全塌了', '蓝莓慕斯蛋糕', 'goods'],
    ['报的CAD制图速成班 学费2600', 'CAD制图速成班', 'service'],
    ['上个月做的全瓷牙冠修复治疗 现在一咬东西就疼', '全瓷牙冠修复治疗', 'service'],
    ['晚上点的酸菜鱼片粥送来全洒了', '酸菜鱼片粥', 'goods'],
    ['报的海岛3日游 导游全程拉人进店', '海岛3日游', 'service'],
    ['买的保温饭盒用了两天就漏了', '保温饭盒', 'goods'],
    ['买的空气炸锅煎的东西全糊了', '空气炸锅', 'goods'],
    // Service names finished by a tail, modifiers before a lexicon word, and what ends a name (field sets 10-13).
    ['约的接机服务 司机没来', '接机服务', 'service'],
    // Latin models across spaces, after a brand or before a lexicon word; a price after a name (set 14).
    ['收到的Kindle Paperwhite 5 屏幕有坏点', 'Kindle Paperwhite 5', undefined],
    ['下单了一台联想ThinkPad X1 订单一直没发', '联想ThinkPad X1', undefined],
    ['买的Adidas Samba OG 鞋底开胶了', 'Adidas Samba OG', undefined],
    ['买的雷蛇Viper V3鼠标 左键失灵', '雷蛇Viper V3鼠标', 'goods'],
    ['收到的iPad mini 是激活过的', 'iPad mini', 'goods'],
    ['九阳豆浆机 399 用了一周就漏水', '九阳豆浆机', 'goods'],
    ['办的签证代办 材料丢了', '签证代办', 'service'],
    ['报的婚礼跟拍 照片糊了', '婚礼跟拍', 'service'],
    ['买的电饭煲煮饭糊了', '电饭煲', 'goods'],
    ['订的套房写含早餐 结果没有', '套房', 'service'],
    ['你们给我推的豪华双床房 窗户打不开', '豪华双床房', 'service'],
    ['我那个联通副卡一直在扣月租', '联通副卡', 'service'],
    ['孩子在你们这学的围棋班 老师换了三个', '围棋班', 'service'],
    ['来装格力空调的师傅把墙打穿了', '格力空调', 'goods'],
    ['买了牛奶和面包 牛奶是坏的', '牛奶', 'goods'],
    ['买的小米手环8 屏幕上有黑斑', '小米手环8', 'goods'],
    ['买了2个手环 都坏了', '手环', 'goods'],
    ['你们药房昨天卖给我的感冒药 打开盒子里面少了一板', '感冒药', 'goods'],
    ['前天带狗去你们宠物医院做绝育 回来伤口一直渗血', '绝育', 'service'],
    ['宽带套餐乱扣费', '宽带套餐', 'service'],
    ['前天在你们门店买的蓝牙耳机左耳没声音', '蓝牙耳机', 'goods'],
    ['昨天收到的电饭煲内胆是凹进去的', '电饭煲', 'goods'],
    ['你们家的扫地机器人用了两周就不充电了', '扫地机器人', 'goods'],
    ['上个月初报的英语培训班', '英语培训班', 'service'],
    ['昨天点的外卖麻辣香锅里有头发', '麻辣香锅', 'goods'],
    ['买的小米手机屏幕碎了', '小米手机', 'goods'],
    ['iPhone手机壳 发错颜色', 'iPhone手机壳', 'goods'],
    ['在你们这办的宽带 收了我388的安装费', '宽带', 'service'],
    ['昨天在你店里买的两斤车厘子 回家一半是烂的', '车厘子', 'goods'],
    ['买的那个空气炸锅坏了😭', '空气炸锅', 'goods'],
    // "的时候" after a purchase verb is a time, not the start of a product name.
    ['送来的时候外壳是凹的 这台微波炉还没拆封', '微波炉', 'goods'],
    // A correction names the right one: the word after 不是 is skipped.
    ['不是电饭煲，是电压力锅，压力锅的排气阀漏气', '电压力锅', 'goods'],
    ['不是洗衣机 是烘干机 烘干机转不起来', '烘干机', 'goods'],
    // Fees are charges, not products.
    ['吹风机有焦味 你们退货运费谁出？', '吹风机', 'goods'],
    ['插线板插上就跳闸', '插线板', 'goods'],
    // A part is cut off the product named before it; a brand or material before it stays.
    ['华为平板屏幕有亮斑', '华为平板', 'goods'],
    ['实木餐桌 桌面裂了一条缝', '实木餐桌', 'goods'],
    ['在你们这里换的屏幕 有气泡', '屏幕', 'goods'],
    // A channel (外卖, 快递) or a service named through its staff counts only when nothing else is named.
    ['快递单号是▒▒▒▒ 里面的杯子碎了两个', '杯子', 'goods'],
    ['你们安装师傅一直关机 空调装了三天还是漏水', '空调', 'goods'],
    ['宽带师傅说好今天上门 等到六点没人', '宽带', 'service'],
    // A measure word before an unknown noun is skipped.
    ['上周三订的二十桶水到现在没送来', '水', undefined],
    ['买的iPhone 15 回家发现是激活过的', 'iPhone 15', undefined],
    // A message that opens with the product: a brand, a Latin model, a lexicon word or a product ending.
    ['华为Mate 60 Pro 12+512G 上个月买的 屏幕发黄', '华为Mate 60 Pro', undefined],
    ['苹果AirPods Pro 2 左耳有电流声', '苹果AirPods Pro 2', undefined],
    ['好孩子婴儿推车 前轮掉了', '好孩子婴儿推车', 'goods'],
    ['雅诗兰黛小棕瓶 收到是漏的', '雅诗兰黛小棕瓶', 'goods'],
    ['亨氏米粉 有一盒里面有黑点', '亨氏米粉', 'goods'],
    ['买的九阳豆浆机 第一次用就漏电', '九阳豆浆机', 'goods'],
    ['大前天搬家 你们工人把鱼缸打碎了', '搬家', 'service'],
    // An unknown name after a purchase verb: a short run that ends in a noun.
    ['在你们线上报的雅思冲刺班 4980', '雅思冲刺班', 'service'],
    ['买的得力计算器 到手按键按不动', '得力计算器', 'goods'],
    ['报的UI设计班 合同上写着推荐面试', 'UI设计班', 'service'],
    ['买的太阳镜 镜片有划痕', '太阳镜', 'goods'],
    ['▒▒▒▒ 这是我手机 你们的净水器滤芯说好一年免费换', '净水器', 'goods'],
  ])('%s → %s', (text, name, kind) => {
    expect(productOf(text)).toEqual({ name, kind });
  });

  it.each([
    ['东西坏了'],
    ['寄的包裹送了五天还是没到'],
    ['快件卡在中转站三天了'],
    // Words that name the trade, not what was bought (2026-11-29, as all the blind writers label them).
    ['昨天晚上点的外卖 凌晨才送到'],
    ['前天晚上在你们酒店住的'],
    ['11月5日办的卡 到现在一次都没用上'],
    ['物业说快递帮我收在门岗了'],
    ['我下单的是256G 发来的是128G'],
    ['我订的浅蓝色那款 到现在没发'],
    ['装了以后出水有怪味'],
    ['约了今天下午的 结果没人来'],
    ['你们的店员小李态度很差'],
    ['买的东西到现在没发'],
    ['电话13812345678'],
    ['手机号13812345678'],
    ['手机 138 0000 1111'],
    ['你们退货运费谁出？'],
    ['在你们店做的头发 颜色全掉了'],
    ['这周换了老板就不认了'],
    ['刷卡付的 多扣了一次'],
    ['为什么我的会员等级被降了'],
    ['买的太贵了'],
    ['服务态度太差'],
    ['发票 开错了'],
    ['大前天下午 你们工人态度很差'],
    ['email：wang@example.com'],
    ['买的第二天就坏了'],
  ])('finds no product in %s', (text) => {
    expect(productOf(text)).toBeUndefined();
  });
});
