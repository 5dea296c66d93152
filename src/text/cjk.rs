//! Reading Chinese and Japanese, which put no spaces between words: the
//! reader's word patterns cannot see them, so a message is read here by the
//! substrings that say what it does ("去世" and "心梗" bad news, "拿到offer"
//! good news, "谢谢" and "ありがとう" thanks, "？" or "吗" a question).
//!
//! As in the other languages tend does not read finely (reader.rs,
//! `read_foreign`), it reads only what the reply may say without naming
//! their words: news good or bad and of which kind, thanks, congratulations,
//! a question, a plan proposed or moved, a favour asked. Indonesian, which
//! the word patterns do see, has only its thanks and congratulations read
//! here.

use super::reader::{AskKind, QuestionKind, Reading, Wishes};
use super::{Act, News, NewsKind};

/// Han ideographs (with the extension A block) and the kana.
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// The two languages read here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writing {
    Chinese,
    Japanese,
}

/// Whether a text is written in Chinese or Japanese: Japanese has kana,
/// Chinese only Han characters. Their characters must carry the text (a
/// character stands for about a word, some four Latin letters): "Happy
/// CNY! 新年快乐" is Chinese, "ping me on WeChat (微信)" is not; Korean is
/// neither.
pub fn written_in(text: &str) -> Option<Writing> {
    let (mut han, mut kana, mut hangul, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if is_han(c) {
            han += 1;
        } else if is_kana(c) {
            kana += 1;
        } else if is_hangul(c) {
            hangul += 1;
        } else if c.is_alphabetic() {
            latin += 1;
        }
    }
    let own = han + kana;
    if own < 2 || hangul >= own || own * 4 < latin {
        return None;
    }
    Some(if kana > 0 { Writing::Japanese } else { Writing::Chinese })
}

fn any(text: &str, list: &[&str]) -> bool {
    list.iter().any(|w| text.contains(w))
}

/// Whether a Chinese or Japanese text addresses them formally
/// (`Some(true)`), as a friend or colleague (`Some(false)`), or neither.
/// Chinese: "您" and a letter's "尊敬的", "贵司", "此致" are formal, "你",
/// "哈哈", "啦" and "我爸" a friend's. Japanese: keigo ("お世話になって
/// おります", "様", "御社", "申し上げます") is a business letter's; plain
/// です/ます or the casual forms are a colleague's or a friend's.
pub fn formal_in(text: &str, writing: Writing) -> Option<bool> {
    match writing {
        Writing::Chinese => {
            const FORMAL: &[&str] = &[
                "您",
                "尊敬的",
                "贵司",
                "贵公司",
                "此致",
                "敬礼",
                "顺祝",
                "商祺",
                "敬请",
                "烦请",
                "恳请",
                "谨此",
                "先生",
                "女士",
                "阁下",
            ];
            const FRIEND: &[&str] = &[
                "你", "哈哈", "嘿嘿", "啦", "呀", "嘛", "哦", "喔", "咱", "我爸", "我妈", "老爸", "老妈", "老公",
                "老婆", "兄弟", "哥们", "姐妹", "亲", "~", "～",
            ];
            let formal = any(text, FORMAL);
            let friend = any(text, FRIEND);
            match (formal, friend) {
                (false, false) => None,
                // "您" beside "哈哈" is a polite friend: "您" wins.
                (f, _) => Some(f),
            }
        }
        Writing::Japanese => {
            const KEIGO: &[&str] = &[
                "お世話になっております",
                "お世話になります",
                "様",
                "御社",
                "貴社",
                "弊社",
                "申し上げ",
                "存じます",
                "存じ上げ",
                "拝啓",
                "敬具",
                "恐れ入り",
                "恐縮",
                "幸いです",
                "何卒",
                "ご査収",
                "いただけますでしょうか",
                "いただければ",
                "させていただき",
                "ご多忙",
                "お忙しいところ",
            ];
            const PLAIN: &[&str] = &[
                "さん",
                "くん",
                "ちゃん",
                "お疲れ",
                "ありがとう！",
                "だよ",
                "だね",
                "よね",
                "じゃん",
                "かな",
                "笑",
                "w",
            ];
            if any(text, KEIGO) {
                Some(true)
            } else if any(text, PLAIN) || text.contains("です") || text.contains("ます") {
                Some(false)
            } else {
                None
            }
        }
    }
}

/// The Chinese words a person close to them is named by, for news of a
/// death ("我爸…走了") and of an illness.
const ZH_KIN: &[&str] = &[
    "爸", "妈", "父亲", "母亲", "家父", "家母", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "祖父", "祖母", "老公",
    "老婆", "丈夫", "妻子", "爱人", "哥", "姐", "弟", "妹", "儿子", "女儿", "孩子", "叔", "舅", "姑", "姨", "岳父",
    "岳母", "公公", "婆婆", "朋友", "同事", "狗", "猫",
];

/// The reading of a message in Chinese or Japanese, into `r` (whose acts
/// hold only the thanks and congratulations the sentences showed): `None`
/// for any other text. `Some(false)`: nothing besides thanks read. For an
/// Indonesian text only its thanks and congratulations are read here, and
/// `None` returned: the word lists read the rest.
pub fn read(body: &str, r: &mut Reading) -> Option<bool> {
    match written_in(body) {
        Some(Writing::Chinese) => Some(read_chinese(body, r)),
        Some(Writing::Japanese) => Some(read_japanese(body, r)),
        None => {
            indonesian_thanks(body, r);
            None
        }
    }
}

/// Words that acknowledge, agree or say goodbye, beside thanks.
const ACK: &[&str] = &[
    "了解",
    "承知",
    "かしこまりました",
    "よろしくお願い",
    "お疲れ",
    "おつかれ",
    "楽しみにして",
    "またね",
    "お会いしましょう",
    "会いましょう",
    "またどこかで",
    "こちらこそ",
    "收到",
    "好的",
    "好嘞",
    "没问题",
    "沒問題",
    "辛苦了",
    "再见",
    "再見",
    "回头见",
    "回頭見",
    "明天见",
    "明天見",
    "下次见",
    "改天见",
    "👍",
    "🙏",
    "🙇",
];

/// Whether a Chinese or Japanese message closes the conversation: thanks,
/// an agreement or a goodbye, short, with nothing else read in it
/// ("ありがとうございました！またベルリンでお会いしましょう。", "太好了!哈哈
/// 谢啦兄弟 🙏"); not when it says more ("我升职了，谢谢你！" is news,
/// however short), congratulates the user or wishes them well. `None`:
/// another language, or nothing to say either way. A close takes back the
/// reader's "unread".
pub fn closes(body: &str, r: &mut Reading) -> Option<bool> {
    let mut seen = Reading::default();
    let read_any = read(body, &mut seen)?;
    let more = read_any
        && (seen.news.is_some()
            || seen.wants_luck
            || seen.shares
            || seen.acts.iter().any(|a| !matches!(a, Act::Thanks | Act::Confirms)));
    // "我妈说下次你来中国一定要来家里吃饭": an invitation, even unasked.
    let invites = match written_in(body) {
        Some(Writing::Chinese) => any(body, CHINESE.invite),
        Some(Writing::Japanese) => any(body, JAPANESE.invite),
        None => false,
    };
    // "送別会に行けなくて本当にごめんなさい… 4年間ありがとうございました": an
    // apology beside the thanks is answered (fresh55).
    let sorry = ["ごめん", "すみません", "申し訳", "对不起", "抱歉", "不好意思"]
        .iter()
        .any(|w| body.contains(w));
    if more || invites || sorry {
        return Some(false);
    }
    let acknowledged = seen.has(Act::Thanks) || seen.has(Act::Confirms) || any(body, ACK);
    if acknowledged
        && !seen.has(Act::Congrats)
        && seen.wishes.is_none()
        && !body.contains(['?', '？'])
        && body.chars().count() <= 90
    {
        r.acts.remove(Act::Unread);
        r.unsure = None;
        return Some(true);
    }
    None
}

/// Whether a Chinese or Japanese text says goodbye to a job or a team
/// ("我下周五是最后一天了", "最終出社日"): the reply says goodbye in kind.
pub fn says_farewell(body: &str) -> bool {
    match written_in(body) {
        Some(Writing::Chinese) => any(body, CHINESE.last_day),
        Some(Writing::Japanese) => any(body, JAPANESE.last_day),
        None => false,
    }
}

/// "Terima kasih banyak!", "makasih ya", "selamat atas promosinya": thanks
/// and congratulations in Indonesian (a greeting's "selamat pagi" is no
/// congratulation).
fn indonesian_thanks(body: &str, r: &mut Reading) {
    let lower = format!(" {} ", body.to_lowercase());
    let has = |w: &str| {
        lower.match_indices(w).any(|(i, _)| {
            let before = lower[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = lower[i + w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
    };
    if ["terima kasih", "makasih", "trims", "thx", "tengkyu", "matur nuwun"]
        .iter()
        .any(|w| has(w))
    {
        r.acts.insert(Act::Thanks);
        r.thanked_for_done = true;
    }
    if [
        "selamat atas",
        "selamat ya",
        "selamat untuk",
        "selamat buat",
        "congrats",
    ]
    .iter()
    .any(|w| has(w))
    {
        r.acts.insert(Act::Congrats);
    }
}

/// What a Chinese or Japanese message says, by the substrings each language
/// writes it with.
struct Words {
    loss: &'static [&'static str],
    illness: &'static [&'static str],
    layoff: &'static [&'static str],
    bad: &'static [&'static str],
    relief: &'static [&'static str],
    job: &'static [&'static str],
    promotion: &'static [&'static str],
    baby: &'static [&'static str],
    launch: &'static [&'static str],
    good: &'static [&'static str],
    thanks: &'static [&'static str],
    care: &'static [&'static str],
    congrats: &'static [&'static str],
    consoles: &'static [&'static str],
    pleasantry: &'static [&'static str],
    meet: &'static [&'static str],
    invite: &'static [&'static str],
    /// Events they may ask the user to speak at: an invitation only with a
    /// favour asked ("勉強会で…お話しいただけないでしょうか").
    events: &'static [&'static str],
    role: &'static [&'static str],
    chaser: &'static [&'static str],
    moved: &'static [&'static str],
    cancelled: &'static [&'static str],
    intro: &'static [&'static str],
    referral: &'static [&'static str],
    review: &'static [&'static str],
    advice: &'static [&'static str],
    send: &'static [&'static str],
    details: &'static [&'static str],
    favour: &'static [&'static str],
    pitch: &'static [&'static str],
    renewal: &'static [&'static str],
    luck: &'static [&'static str],
    last_day: &'static [&'static str],
    confirm: &'static [&'static str],
    stalls: &'static [&'static str],
    shares: &'static [&'static str],
    question_ends: &'static [&'static str],
    /// A request without a question mark ("教えていただけると嬉しいです",
    /// "请帮我看看").
    requests: &'static [&'static str],
    /// A plan proposed without a question mark ("落ち着いたらランチでも
    /// 行きましょう！", "找个时间聚聚吧").
    proposals: &'static [&'static str],
    /// Leave asked to do something with the user's work ("社内勉強会で
    /// 共有させていただいてもよろしいでしょうか").
    permit: &'static [&'static str],
    /// A recruiter's or a seller's cold offer of a role: a pitch.
    offers: &'static [&'static str],
}

const CHINESE: Words = Words {
    loss: &[
        "去世",
        "过世",
        "過世",
        "离世",
        "離世",
        "逝世",
        "病逝",
        "離開了我們",
        "离开了我们",
        "葬礼",
        "丧礼",
        "追悼",
        "后事",
        "後事",
        "白事",
        "安息",
    ],
    illness: &[
        "住院",
        "生病",
        "病了",
        "病倒",
        "发烧",
        "發燒",
        "高烧",
        "确诊",
        "確診",
        "癌",
        "肿瘤",
        "腫瘤",
        "心梗",
        "心脏病",
        "心臟病",
        "中风",
        "中風",
        "脑梗",
        "腦梗",
        "急诊",
        "急診",
        "ICU",
        "重症",
        "化疗",
        "化療",
        "阳了",
        "陽了",
        "新冠",
        "感冒",
        "不舒服",
        "手术",
        "手術",
        "骨折",
        "受伤",
        "受傷",
        "抑郁",
        "焦虑症",
        "病假",
    ],
    layoff: &[
        "被裁",
        "裁员",
        "裁員",
        "被辞退",
        "被辭退",
        "被开除",
        "被開除",
        "失业",
        "失業",
        "丢了工作",
        "丟了工作",
        "被优化",
        "被優化",
        "公司倒闭",
        "公司倒閉",
        "倒闭了",
        "解散了",
        "n+1",
        "N+1",
    ],
    bad: &[
        "没拿到",
        "沒拿到",
        "没通过",
        "沒通過",
        "没过",
        "被拒",
        "挂了",
        "掛了",
        "落榜",
        "没考上",
        "分手",
        "离婚",
        "離婚",
        "不幸",
        "难过",
        "難過",
        "伤心",
        "傷心",
        "崩溃",
        "崩潰",
        "心累",
        "好难",
        "太难了",
        "糟糕",
        "失败了",
        "失敗了",
        "被偷",
        "出事",
        "往后放",
        "往後放",
        "搁置",
        "擱置",
        "暂缓",
        "暫緩",
        "黄了",
        "黃了",
    ],
    relief: &[
        "手术很成功",
        "手術很成功",
        "手术成功",
        "手術成功",
        "手术很顺利",
        "手术顺利",
        "手術順利",
        "出院了",
        "已经出院",
        "好多了",
        "好转",
        "好轉",
        "康复",
        "康復",
        "没事了",
        "沒事了",
        "良性",
        "虚惊一场",
        "虛驚一場",
        "恢复得很好",
        "恢復得很好",
        "平安",
    ],
    job: &[
        "offer",
        "Offer",
        "OFFER",
        "新工作",
        "找到工作",
        "找到了工作",
        "入职",
        "入職",
        "跳槽",
        "被录用",
        "被錄用",
        "录用了",
        "面试通过",
        "面試通過",
        "过了面试",
        "通过了面试",
        "加入了",
    ],
    promotion: &[
        "升职",
        "升職",
        "晋升",
        "晉升",
        "升了",
        "提拔",
        "升为",
        "升為",
        "当上了",
        "當上了",
    ],
    baby: &[
        "怀孕",
        "懷孕",
        "宝宝出生",
        "宝宝",
        "寶寶",
        "生了个",
        "生了一个",
        "出生了",
        "当爸爸",
        "當爸爸",
        "当妈妈",
        "當媽媽",
        "当爹",
        "当妈",
        "二胎",
        "喜得",
        "千金",
        "儿子出生",
        "女儿出生",
    ],
    launch: &["上线了", "上線了", "正式发布", "正式發布", "发布了", "發布了"],
    good: &[
        "结婚",
        "結婚",
        "领证",
        "領證",
        "订婚",
        "訂婚",
        "求婚成功",
        "录取",
        "錄取",
        "考上",
        "毕业了",
        "畢業了",
        "获奖",
        "獲獎",
        "得奖",
        "得獎",
        "拿奖",
        "中了",
        "通过了",
        "通過了",
        "买房",
        "買房",
        "搬新家",
        "乔迁",
        "喬遷",
        "好消息",
        "終於",
        "终于",
        "成功了",
        "融资",
        "融資",
        "开业",
        "開業",
    ],
    thanks: &[
        "谢谢", "謝謝", "谢啦", "謝啦", "多谢", "多謝", "感谢", "感謝", "谢了", "謝了", "感恩",
    ],
    care: &[
        "关心", "關心", "慰问", "慰問", "问候", "問候", "惦记", "惦記", "挂念", "掛念",
    ],
    congrats: &["恭喜", "祝贺", "祝賀", "恭贺", "恭賀"],
    consoles: &["节哀", "節哀", "保重", "抱抱"],
    pleasantry: &[
        "最近怎么样",
        "最近怎麼樣",
        "最近好吗",
        "最近好嗎",
        "你好吗",
        "你好嗎",
        "您好吗",
        "近来可好",
        "近來可好",
        "一切都好吗",
        "一切都好嗎",
        "过得怎么样",
        "過得怎麼樣",
        "最近忙吗",
        "最近忙嗎",
        "还好吗",
        "還好嗎",
        "最近如何",
    ],
    meet: &[
        "喝咖啡",
        "喝杯咖啡",
        "喝个咖啡",
        "喝個咖啡",
        "吃饭",
        "吃飯",
        "吃个饭",
        "吃個飯",
        "聚一聚",
        "聚聚",
        "聚一下",
        "见个面",
        "見個面",
        "见一面",
        "見一面",
        "见面",
        "見面",
        "约个时间",
        "約個時間",
        "碰个头",
        "碰個頭",
        "聊聊",
        "聊一聊",
        "聊一下",
        "通个电话",
        "通個電話",
        "打个电话",
        "打個電話",
        "开个会",
        "開個會",
        "视频会议",
        "視頻會議",
        "线上会议",
        "午饭",
        "午飯",
        "晚饭",
        "晚飯",
        "喝一杯",
        "约饭",
        "約飯",
    ],
    invite: &[
        "邀请",
        "邀請",
        // "下次你来中国一定要来家里吃饭" (fresh49).
        "来家里吃饭",
        "來家裡吃飯",
        "一定要来",
        "一定要來",
        "欢迎你来",
        "歡迎你來",
        "欢迎您来",
        "来参加",
        "來參加",
        "一起来",
        "一起來",
        "要不要来",
        "要不要來",
        "来吗",
        "來嗎",
        "参加吗",
        "參加嗎",
        "分享嘉宾",
        "嘉宾",
        "嘉賓",
        "婚礼",
        "婚禮",
        "喜酒",
        "采访",
        "採訪",
    ],
    role: &[
        "职位", "職位", "岗位", "崗位", "猎头", "獵頭", "招聘", "在招", "机会", "機會",
    ],
    chaser: &[
        "跟进一下",
        "跟進一下",
        "跟您确认",
        "跟你确认",
        "催一下",
        "提醒一下",
        "还没收到",
        "還沒收到",
        "有消息吗",
        "有消息嗎",
        "有进展吗",
        "有進展嗎",
        "看了吗",
        "看了嗎",
        "看过了吗",
        "看過了嗎",
        "考虑得怎么样",
        "考慮得怎麼樣",
        "怎么样了",
        "怎麼樣了",
        "再问一下",
        "再問一下",
    ],
    cancelled: &["取消", "来不了", "來不了", "去不了"],
    moved: &[
        "改期",
        "改时间",
        "改時間",
        "推迟",
        "推遲",
        "延期",
        "取消",
        "换个时间",
        "換個時間",
        "来不了",
        "來不了",
        "去不了",
        "改到",
        "挪到",
        "往后推",
        "往後推",
    ],
    intro: &["介绍", "介紹", "认识", "認識"],
    referral: &["内推", "內推", "推荐我", "推薦我", "帮我推荐", "幫我推薦"],
    review: &[
        "帮我看",
        "幫我看",
        "看一下我的",
        "看看我的",
        "看一眼",
        "过一下",
        "過一下",
        "审阅",
        "審閱",
        "提提意见",
    ],
    advice: &["建议", "建議", "意见", "意見", "请教", "請教", "指点", "指點"],
    send: &[
        "发给你",
        "發給你",
        "发给您",
        "發給您",
        "发你",
        "發你",
        "寄给你",
        "寄給你",
    ],
    details: &[
        "发我",
        "發我",
        "发一下",
        "發一下",
        "地址",
        "联系方式",
        "聯繫方式",
        "微信号",
        "電話號碼",
        "电话号码",
        "简介",
    ],
    favour: &[
        "帮我",
        "幫我",
        "帮忙",
        "幫忙",
        "麻烦你",
        "麻煩你",
        "麻烦您",
        "麻煩您",
        "能不能",
        "可不可以",
        "拜托",
        "拜託",
    ],
    pitch: &[
        "我们公司提供",
        "我們公司提供",
        "我们的产品",
        "我們的產品",
        "解决方案",
        "解決方案",
        "产品演示",
        "產品演示",
        "演示",
        "降低成本",
        "节省成本",
        "報價",
        "报价",
        "免费试用",
        "免費試用",
        "合作机会",
        "合作機會",
        "我司",
        "为贵司提供",
        "為貴司提供",
        "为您提供",
        "為您提供",
        "加个微信",
        "加個微信",
    ],
    renewal: &["续约", "續約", "续费", "續費", "合同到期", "合約到期", "续签", "續簽"],
    luck: &[
        "明天面试",
        "明天面試",
        "要面试",
        "要面試",
        "面试",
        "面試",
        "第一天上班",
        "明天入职",
        "明天入職",
        "答辩",
        "答辯",
        "考试",
        "考試",
    ],
    last_day: &["最后一天", "最後一天", "离职", "離職", "辞职", "辭職"],
    confirm: &[
        "没问题",
        "沒問題",
        "就这么定",
        "就這麼定",
        "不见不散",
        "不見不散",
        "到时候见",
        "到時候見",
        "可以的",
        "行的",
    ],
    stalls: &[
        "晚点回复",
        "晚點回覆",
        "稍后回复",
        "稍後回覆",
        "晚点再",
        "晚點再",
        "这周比较忙",
        "這週比較忙",
        "回头再说",
        "回頭再說",
    ],
    shares: &[
        "分享一下",
        "分享给你",
        "分享給你",
        "给你看看",
        "給你看看",
        "附件",
        "链接",
        "鏈接",
        "連結",
    ],
    question_ends: &["吗", "嗎", "呢", "吧？", "如何", "怎么样", "怎麼樣", "可以吗"],
    requests: &[
        "请帮",
        "請幫",
        "请你",
        "請你",
        "请您",
        "請您",
        "麻烦你",
        "麻煩你",
        "麻烦您",
        "麻煩您",
        "拜托",
        "拜託",
        "帮我",
        "幫我",
    ],
    proposals: &["吧"],
    permit: &["可以转发", "可以轉發", "可以分享你的", "可以分享您的", "可以引用"],
    offers: &["为贵司提供", "為貴司提供"],
    events: &["讲座", "講座", "分享会", "沙龙", "沙龍", "活动", "活動"],
};

const JAPANESE: Words = Words {
    loss: &[
        "亡くなり",
        "亡くなった",
        "亡くしました",
        "他界",
        "逝去",
        "永眠",
        "葬儀",
        "お通夜",
        "告別式",
        "訃報",
        "息を引き取",
    ],
    illness: &[
        "入院",
        "病気",
        "体調を崩",
        "体調不良",
        "熱が",
        "発熱",
        "風邪",
        "インフル",
        "コロナ",
        "手術",
        "癌",
        "がん",
        "診断",
        "救急",
        "心筋梗塞",
        "脳梗塞",
        "骨折",
        "怪我",
        "けが",
        "具合が悪",
        "療養",
        "病院",
    ],
    layoff: &[
        "解雇",
        "リストラ",
        "クビ",
        "首になり",
        "失業",
        "倒産",
        "雇い止め",
        "契約を切られ",
        "退職勧奨",
        "事業縮小",
        "人員削減",
        "会社都合",
        "希望退職",
        "早期退職",
        "事業撤退",
        "部署がなくな",
    ],
    bad: &[
        "不合格",
        "落ちました",
        "落ちた",
        "振られ",
        "離婚",
        "別れ",
        "辛い",
        "つらい",
        "悲しい",
        "ショック",
        "落ち込",
        "大変なこと",
        "見送らせて",
        "見送りとなり",
        "ご期待に沿えず",
        "不採択",
    ],
    relief: &[
        "無事に終わ",
        "無事終わ",
        "手術は成功",
        "手術が成功",
        "無事成功",
        "退院",
        "良性",
        "回復",
        "元気になり",
        "よくなり",
        "良くなり",
        "大事に至らず",
        "快方",
    ],
    job: &[
        "内定",
        "転職",
        "新しい仕事",
        "新しい職場",
        "入社",
        "採用が決まり",
        "採用され",
        "オファー",
        "ジョイン",
        "就職",
    ],
    promotion: &[
        "昇進",
        "昇格",
        "部長に",
        "課長に",
        "マネージャーに",
        "リーダーに",
        "管理職に",
        "リードを務める",
        "務めることになりました",
        "就任",
    ],
    baby: &[
        "妊娠",
        "赤ちゃん",
        "生まれ",
        "出産",
        "第一子",
        "第二子",
        "パパに",
        "ママに",
    ],
    launch: &["リリース", "ローンチ", "公開しました"],
    good: &[
        "結婚",
        "入籍",
        "婚約",
        "合格",
        "受賞",
        "採択",
        "アクセプト",
        "卒業",
        "引っ越し",
        "新居",
        "嬉しい報告",
        "ご報告",
        "ついに",
        "やっと",
        "資金調達",
        "上場",
        "異動",
        "転勤",
        "うまくいき",
        "上手くいき",
        "改善しました",
        "完了しました",
        "正式に決まり",
        "決まりました",
        "発足",
        "マージされ",
        "成功しました",
        "下がりました",
        "立ち上げ",
    ],
    thanks: &["ありがとう", "有難う", "感謝", "助かりました", "助かります", "お礼"],
    care: &["お気遣い", "ご心配", "お見舞い", "気にかけて"],
    congrats: &["おめでとう", "お祝い"],
    consoles: &["お悔やみ", "ご愁傷", "ご冥福"],
    pleasantry: &[
        "お元気ですか",
        "元気？",
        "元気?",
        "元気にしてる",
        "最近どう",
        "調子はどう",
        "いかがお過ごし",
        "お変わりありませんか",
    ],
    meet: &[
        "お茶",
        "コーヒー",
        "ランチ",
        "飲み",
        "食事",
        "ご飯",
        "ごはん",
        "打ち合わせ",
        "ミーティング",
        "面談",
        "お電話",
        "電話で",
        "通話",
        "お時間いただけ",
        "お時間をいただけ",
        "夕食",
        "ディナー",
        "一杯",
    ],
    invite: &[
        "ご招待",
        "招待",
        "ご参加",
        "参加しません",
        "参加できますか",
        "来ませんか",
        "いらっしゃいませんか",
        "登壇",
        "ご登壇",
        "講演",
        "結婚式",
        "披露宴",
        "インタビュー",
    ],
    role: &["ポジション", "求人", "スカウト", "ヘッドハント", "採用担当", "募集"],
    chaser: &[
        "リマインド",
        "その後いかが",
        "ご確認いただけましたでしょうか",
        "進捗",
        "催促",
        "まだお返事",
        "ご検討いただけましたでしょうか",
    ],
    cancelled: &["キャンセル", "中止", "行けなくなり"],
    moved: &[
        "日程変更",
        "リスケ",
        "延期",
        "変更させて",
        "キャンセル",
        "中止",
        "行けなくなり",
        "都合が悪く",
        "別の日",
        "ずらして",
        "用事が入って",
        "急用",
        "都合がつかなく",
        // "ただ、17時半開始にしていただけると助かります": yes, at another time.
        "開始にしていただけると",
        "にずらしていただけると",
        "からにしていただけると",
    ],
    intro: &["紹介していただけ", "紹介してもらえ", "ご紹介いただけ", "紹介して"],
    referral: &["推薦", "リファラル"],
    review: &[
        "見ていただけ",
        "見てもらえ",
        "目を通していただけ",
        "目を通してもらえ",
        "レビューしていただけ",
        "レビューをお願い",
        "レビューしてもらえ",
        "添削",
        "チェックしていただけ",
        "チェックしてもらえ",
    ],
    advice: &[
        "アドバイス",
        "ご意見をいただけ",
        "ご意見を伺",
        "相談に乗",
        "意見を聞かせ",
    ],
    send: &[
        "送ってもいい",
        "お送りしてもよろしい",
        "送ってもよろしい",
        "送ってもいいですか",
        "お送りしても",
    ],
    details: &[
        "送っていただけ",
        "お送りいただけ",
        "ご住所",
        "住所",
        "連絡先",
        "プロフィール",
        "略歴",
    ],
    favour: &[
        "お願いできますか",
        "お願いできませんか",
        "いただけますか",
        "くれませんか",
        "もらえますか",
        "お願いがあり",
        "頼み",
        "いただけないでしょうか",
        "いただけませんか",
        "いただけないか",
        "教えていただけ",
        "教えてもらえ",
        "教えてください",
        // "調整お願いします", "最終チェックお願いします", "相談させてください":
        // work asked of the user (trial 66 read them as closers).
        "調整お願い",
        "チェックお願い",
        "確認お願い",
        "対応お願い",
        "ご確認ください",
        "ご対応ください",
        "させてください",
        "させて下さい",
        "だと嬉しいです",
        "だと助かります",
    ],
    pitch: &[
        "弊社のサービス",
        "弊社サービス",
        "弊社の製品",
        "ソリューション",
        "無料トライアル",
        "デモ",
        "コスト削減",
        "ご導入",
        "導入をご検討",
        "ご提案させて",
        "ご案内させて",
        "ポジションをご紹介",
        "求人をご紹介",
        "ご紹介しております",
    ],
    renewal: &["契約更新", "更新の時期", "契約満了", "ご更新"],
    luck: &["明日面接", "面接があ", "面接です", "初出社", "明日から新しい", "試験"],
    last_day: &["最終出社", "最終日", "退職します", "退職いたします", "退職することに"],
    confirm: &[
        "大丈夫です",
        "問題ありません",
        "了解です",
        "それでお願いします",
        "その日程で",
        "問題ございません",
        "承知しました",
        "承知いたしました",
        "かしこまりました",
        "でお願いします",
        "で大丈夫です",
        "了解しました",
    ],
    stalls: &["後ほど", "改めてご連絡", "少しお時間を", "追ってご連絡"],
    shares: &["共有します", "共有いたします", "添付", "資料をお送り"],
    question_ends: &["か。", "ですか", "ますか", "でしょうか", "ませんか", "かね"],
    requests: &[
        "いただけると",
        "いただけますと",
        "いただければ",
        "てもらえると",
        "てもらえれば",
        "てほしい",
        "て欲しい",
        "ください",
        "下さい",
        "お願いできれば",
    ],
    proposals: &["ましょう", "しよう", "いかが", "どう"],
    permit: &[
        "てもよろしいでしょうか",
        "てもいいですか",
        "ても大丈夫ですか",
        "てもよろしいですか",
    ],
    offers: &["ポジションをご紹介", "求人をご紹介", "ご紹介しております"],
    events: &["勉強会", "イベント", "ミートアップ", "Meetup", "meetup"],
};

fn read_chinese(body: &str, r: &mut Reading) -> bool {
    let w = &CHINESE;
    // "走了" alone is leaving ("我先走了"); a death only with a person
    // close to them named ("我爸上周五突发心梗走了"), as is "没了".
    let gone = ["走了", "没了", "沒了"].iter().any(|g| body.contains(g))
        && any(body, ZH_KIN)
        && !any(body, &["先走了", "我走了", "要走了", "就走了", "没了解", "沒了解"]);
    let died = any(body, w.loss) || gone;
    read_words(body, w, died, r)
}

fn read_japanese(body: &str, r: &mut Reading) -> bool {
    let died = any(body, JAPANESE.loss);
    read_words(body, &JAPANESE, died, r)
}

fn read_words(body: &str, w: &Words, died: bool, r: &mut Reading) -> bool {
    let asks = body.contains(['?', '？']) || w.question_ends.iter().any(|e| body.contains(e));
    let sad = body
        .chars()
        .any(|c| matches!(c, '😞' | '😢' | '😔' | '💔' | '😥' | '🙁' | '☹' | '😭' | '🥺'));
    let celebrates = body.chars().any(|c| {
        matches!(
            c,
            '🎉' | '🥳' | '🎊' | '🍾' | '🥂' | '🎓' | '🏆' | '🚀' | '🍼' | '👶' | '💍' | '✨'
        )
    });
    // Their thanks, their congratulations on the user's news, their wishes.
    let thanks = any(body, w.thanks);
    if thanks {
        r.acts.insert(Act::Thanks);
        r.thanked_for_done = !asks;
        r.thanked_for_care = any(body, w.care);
    }
    let wishes = if any(
        body,
        &[
            "恭喜发财",
            "恭喜發財",
            "春节快乐",
            "春節快樂",
            "新春快乐",
            "新春快樂",
            "过年好",
            "過年好",
        ],
    ) {
        Some(Wishes::LunarNewYear)
    } else if any(
        body,
        &[
            "新年快乐",
            "新年快樂",
            "あけましておめでとう",
            "明けましておめでとう",
            "新年好",
        ],
    ) {
        Some(Wishes::NewYear)
    } else if any(body, &["圣诞快乐", "聖誕快樂", "メリークリスマス", "メリクリ"]) {
        Some(Wishes::Christmas)
    } else if any(
        body,
        &[
            "节日快乐",
            "良いお年を",
            "よいお年を",
            "節日快樂",
            "中秋快乐",
            "中秋快樂",
            "端午安康",
        ],
    ) {
        Some(Wishes::Holidays)
    } else {
        None
    };
    r.wishes = r.wishes.or(wishes);
    if any(body, w.congrats) && wishes.is_none() {
        r.acts.insert(Act::Congrats);
    }
    if any(body, w.consoles) && !died {
        r.consoles = true;
    }
    let mut read_any = thanks || r.wishes.is_some() || r.has(Act::Congrats) || r.consoles;
    // Their news: sympathy before anything, never cheer beside a death.
    let bad = if died {
        Some(NewsKind::Loss)
    } else if any(body, w.relief) && !any(body, w.loss) {
        None
    } else if any(body, w.layoff) {
        Some(NewsKind::Layoff)
    } else if any(body, w.illness) {
        Some(NewsKind::Illness)
    } else if any(body, w.bad) || sad && !celebrates && !thanks {
        Some(NewsKind::BadOther)
    } else {
        None
    };
    // An interview or an exam ahead is wished luck, nothing congratulated
    // yet; "面试通过" is a job.
    let luck = any(body, w.luck) && !any(body, w.job) && bad.is_none();
    // "恭喜！听说你升职了": the news they congratulate is the user's.
    let theirs = !r.has(Act::Congrats) || (w.congrats[0] == "恭喜" && body.contains('我'));
    let good = if !theirs || (bad.is_some() && !any(body, w.job)) {
        None
    } else if any(body, w.relief) {
        Some(NewsKind::Relief)
    } else if any(body, w.promotion) {
        Some(NewsKind::Promotion)
    } else if any(body, w.job) && !luck {
        Some(NewsKind::Job)
    } else if any(body, w.baby) {
        Some(NewsKind::Baby)
    } else if any(body, w.launch) {
        Some(NewsKind::Launch)
    } else if any(body, w.good) || (celebrates && !r.has(Act::Congrats) && r.wishes.is_none()) {
        Some(NewsKind::GoodOther)
    } else {
        None
    };
    if let Some(kind) = bad {
        r.acts.insert(Act::NewsBad);
        r.news = Some(News { kind, what: None });
        read_any = true;
    }
    if let Some(kind) = good {
        r.acts.insert(Act::NewsGood);
        let news = News { kind, what: None };
        if r.news.is_some() {
            r.other_news = Some(news);
        } else {
            r.news = Some(news);
        }
        r.recovering = kind == NewsKind::Relief;
        read_any = true;
    }
    if luck {
        r.wants_luck = true;
        read_any = true;
    }
    if r.news.is_none() && any(body, w.last_day) {
        r.acts.insert(Act::News);
        r.news = Some(News {
            kind: NewsKind::Update,
            what: None,
        });
        read_any = true;
    }
    if any(body, w.shares) && !asks && bad.is_none() {
        r.shares = true;
        read_any = true;
    }
    if any(body, w.stalls) && !asks {
        r.stalls = true;
        read_any = true;
    }
    // What they ask or propose: one answer, the most telling first.
    if any(body, w.renewal) {
        r.acts.insert(Act::Ask);
        r.ask = Some(AskKind::Other);
        r.object = Some("the renewal".to_string());
        r.heads_up = true;
        return true;
    }
    if any(body, w.pitch) && (!any(body, w.role) || any(body, w.offers)) && bad.is_none() && good.is_none() {
        r.acts.insert(Act::Pitch);
        r.acts.remove(Act::Thanks);
        return true;
    }
    if any(body, w.moved) && bad.is_none_or(|b| b != NewsKind::Loss) {
        r.acts.insert(Act::Reschedules);
        // Called off, they cannot come, or the day they had is moved
        // with no new one asked about ("周四的会议要改期了"): nothing to
        // check in the calendar yet.
        // Someone ill is not asked for another day.
        r.declined = any(body, w.cancelled) || (!asks && super::tongue::names_a_day(body)) || bad.is_some();
        return true;
    }
    if any(body, w.chaser) && asks {
        r.thanked_for_done = false;
        r.acts.insert(Act::Question);
        r.question = Some(QuestionKind::Chaser);
        return true;
    }
    if asks && any(body, w.role) && good.is_none() && any(body, &["兴趣", "興趣", "考虑", "考慮", "興味", "ご検討"])
    {
        r.acts.insert(Act::Question);
        r.question = Some(QuestionKind::Invitation);
        r.invitation = Some("role".to_string());
        return true;
    }
    let requests = asks || any(body, w.requests) || any(body, w.favour);
    if requests && any(body, w.permit) {
        r.acts.insert(Act::Ask);
        r.ask = Some(AskKind::Permit);
        r.thanked_for_done = false;
        return true;
    }
    let favour = any(body, w.favour);
    if ((asks || favour) && any(body, w.invite)) || (favour && any(body, w.events)) {
        r.acts.insert(Act::ProposesTime);
        r.acts.insert(Act::Question);
        r.question = Some(QuestionKind::Invitation);
        r.invitation = Some("invitation".to_string());
        return true;
    }
    let ask = if !requests {
        None
    } else if any(body, w.referral) {
        Some(AskKind::Referral)
    } else if any(body, w.intro) {
        Some(AskKind::Intro)
    } else if any(body, w.review) {
        Some(AskKind::Review)
    } else if any(body, w.send) {
        Some(AskKind::Send)
    } else if any(body, w.advice) {
        Some(AskKind::Advice)
    } else if any(body, w.details) {
        Some(AskKind::Details)
    } else if any(body, w.favour) {
        Some(AskKind::Other)
    } else {
        None
    };
    if let Some(kind) = ask {
        r.acts.insert(Act::Ask);
        r.ask = Some(kind);
        // Thanks ahead of a favour are politeness: no "you're welcome".
        r.thanked_for_done = false;
        read_any = true;
    }
    if any(body, w.meet) && (asks || any(body, w.proposals)) && ask.is_none() {
        r.acts.insert(Act::ProposesTime);
        r.meeting = Some("catch up");
        if asks {
            r.acts.insert(Act::Question);
            r.question = Some(QuestionKind::Other);
        }
        return true;
    }
    if any(body, w.confirm) && !asks && bad.is_none() && good.is_none() {
        r.acts.insert(Act::Confirms);
        return true;
    }
    if asks && ask.is_none() {
        r.acts.insert(Act::Question);
        r.question = Some(if any(body, w.pleasantry) {
            QuestionKind::Pleasantry
        } else {
            QuestionKind::Other
        });
        read_any = true;
    }
    read_any
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Context, read as read_message};

    /// Trial 66: thanks ahead of work asked of the user close nothing.
    #[test]
    fn a_request_after_thanks_is_owed_a_reply() {
        for t in [
            "ありがとうございます。明日のスタンドアップで相談させてください",
            "ありがとうございます！候補者の方、面接入れましょう。調整お願いします",
            "資料ありがとうございます。最終チェックお願いします。今日中だと嬉しいです",
        ] {
            let r = read_message(t, &Context::default());
            assert!(!r.has(Act::Closes), "{t}: {:?}", r.acts);
        }
        // A thank-you alone still closes.
        assert!(read_message("ありがとうございます！助かりました🙏", &Context::default()).has(Act::Closes));
    }

    #[test]
    fn chinese_and_japanese_are_told_by_their_script() {
        assert_eq!(written_in("我爸上周五突发心梗走了"), Some(Writing::Chinese));
        assert_eq!(written_in("拿到offer了！！🎉"), Some(Writing::Chinese));
        assert_eq!(written_in("田中さん、ありがとうございます！"), Some(Writing::Japanese));
        assert_eq!(written_in("감사합니다 내일 봬요"), None);
        assert_eq!(written_in("ping me on WeChat (微信) whenever you like"), None);
        assert_eq!(written_in("hey, see you tomorrow"), None);
    }

    #[test]
    fn registers_in_chinese_and_japanese() {
        assert_eq!(formal_in("王总您好，请问您下周有空吗？", Writing::Chinese), Some(true));
        assert_eq!(formal_in("哈哈你最近怎么样", Writing::Chinese), Some(false));
        assert_eq!(formal_in("拿到offer了", Writing::Chinese), None);
        assert_eq!(
            formal_in(
                "いつもお世話になっております。株式会社ABCの佐藤です。",
                Writing::Japanese
            ),
            Some(true)
        );
        assert_eq!(
            formal_in("お疲れさまです！明日ランチ行きませんか？", Writing::Japanese),
            Some(false)
        );
    }

    fn reading(m: &str) -> Reading {
        read_message(m, &Context::default())
    }

    /// Trial 62: a death told in Chinese got "Hey X, thanks for your message!".
    #[test]
    fn a_death_in_chinese_is_bad_news() {
        let r = reading("我爸上周五突发心梗走了");
        assert!(r.has(Act::NewsBad), "{r:?}");
        assert_eq!(r.news.as_ref().map(|n| n.kind), Some(NewsKind::Loss));
        // Leaving first is no death.
        let r = reading("今天我先走了，明天见");
        assert!(!r.has(Act::NewsBad), "{r:?}");
    }

    #[test]
    fn chinese_news_thanks_and_questions() {
        let r = reading("我拿到offer了！！下个月入职🎉");
        assert_eq!(r.news.as_ref().map(|n| n.kind), Some(NewsKind::Job), "{r:?}");
        let r = reading("我升职了，谢谢你一直以来的帮助！");
        assert_eq!(r.news.as_ref().map(|n| n.kind), Some(NewsKind::Promotion), "{r:?}");
        assert!(r.has(Act::Thanks), "{r:?}");
        let r = reading("我被裁了😞整个团队都没了");
        assert_eq!(r.news.as_ref().map(|n| n.kind), Some(NewsKind::Layoff), "{r:?}");
        let r = reading("下周有空一起喝杯咖啡吗？");
        assert!(r.has(Act::ProposesTime), "{r:?}");
        let r = reading("能帮我看一下我的简历吗？谢谢！");
        assert_eq!(r.ask, Some(AskKind::Review), "{r:?}");
        let r = reading("恭喜恭喜！听说你升职了🎉");
        assert!(r.has(Act::Congrats), "{r:?}");
    }

    #[test]
    fn japanese_news_and_requests() {
        let r = reading("先週、父が亡くなりました。しばらく休みをいただいています。");
        assert_eq!(r.news.as_ref().map(|n| n.kind), Some(NewsKind::Loss), "{r:?}");
        let r = reading("内定をもらいました！来月から新しい会社です🎉");
        assert_eq!(r.news.as_ref().map(|n| n.kind), Some(NewsKind::Job), "{r:?}");
        let r = reading("来週どこかでランチしませんか？");
        assert!(r.has(Act::ProposesTime), "{r:?}");
        let r = reading(
            "いつもお世話になっております。弊社の新しいソリューションについてご案内させていただきたく、ご連絡いたしました。",
        );
        assert!(r.has(Act::Pitch), "{r:?}");
    }
}
