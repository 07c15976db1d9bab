<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeskProblems</name>
    <message>
        <location filename="../../shared/qt/problems.py" line="228"/>
        <source>Please enter the visitor&apos;s name.</source>
        <translation>请填写访客姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="229"/>
        <source>This is not a valid mobile number; or leave it empty.</source>
        <translation>手机号码无效；也可以不填。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="231"/>
        <source>Please choose the host from the directory.</source>
        <translation>请从通讯录中选择被访人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="232"/>
        <source>This host is not in the directory; please choose from the list.</source>
        <translation>通讯录中没有此被访人，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="301"/>
        <source>Person %1: </source>
        <translation>第 %1 位：</translation>
    </message>
</context>
<context>
    <name>HostProblems</name>
    <message>
        <location filename="../../shared/qt/problems.py" line="247"/>
        <source>Please enter the host&apos;s name.</source>
        <translation>请输入被访人姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="248"/>
        <source>The name is too long (40 characters at most).</source>
        <translation>姓名过长（最多 40 个字符）。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="249"/>
        <source>Two hosts have this name: edit the right one by hand.</source>
        <translation>有两位被访人同名：请手动编辑正确的那一位。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="251"/>
        <source>The English name is too long.</source>
        <translation>英文名过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="252"/>
        <source>The department name is too long.</source>
        <translation>部门名称过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="253"/>
        <source>This is not a valid e-mail address.</source>
        <translation>电子邮件地址无效。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="254"/>
        <source>The e-mail address is too long.</source>
        <translation>电子邮件地址过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="255"/>
        <source>This is not a valid mobile number.</source>
        <translation>手机号码无效。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="256"/>
        <source>The assistant&apos;s name is too long.</source>
        <translation>助理姓名过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="257"/>
        <source>The assistant&apos;s phone should be a phone number or an extension.</source>
        <translation>助理电话应为电话号码或分机号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="259"/>
        <source>Unknown notification channel (e-mail, WeCom, DingTalk, Feishu, webhook or none).</source>
        <translation>未知的通知方式（电子邮件、企业微信、钉钉、飞书、Webhook 或不通知）。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="261"/>
        <source>The language should be Chinese or English.</source>
        <translation>语言应为中文或英文。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="262"/>
        <source>The file&apos;s text encoding is not recognised: save it as UTF-8 CSV or as XLSX.</source>
        <translation>无法识别文件的文字编码：请另存为 UTF-8 CSV 或 XLSX。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="264"/>
        <source>The file cannot be read: is it damaged?</source>
        <translation>无法读取文件：文件是否已损坏？</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="265"/>
        <source>Please choose a .csv or .xlsx file.</source>
        <translation>请选择 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="266"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="267"/>
        <source>The file has too many rows (5000 at most).</source>
        <translation>文件行数过多（最多 5000 行）。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="268"/>
        <source>The file has no &quot;Name&quot; (姓名) column in its first row.</source>
        <translation>文件第一行中没有“姓名”（Name）列。</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../shared/qt/problems.py" line="236"/>
        <source>The visitor&apos;s name is missing.</source>
        <translation>未填写访客姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="237"/>
        <source>The host is missing.</source>
        <translation>未填写被访人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="238"/>
        <source>No one of this name is in the host directory.</source>
        <translation>通讯录中没有此被访人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="239"/>
        <source>This is not a valid mobile number.</source>
        <translation>手机号码无效。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="240"/>
        <source>The file&apos;s text encoding is not UTF-8 or GBK.</source>
        <translation>文件编码不是 UTF-8 或 GBK。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="241"/>
        <source>Only CSV and XLSX files can be imported.</source>
        <translation>只能导入 CSV 和 XLSX 文件。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="242"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="243"/>
        <source>The file has too many rows; please split it.</source>
        <translation>文件行数过多，请拆分后导入。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="244"/>
        <source>The file cannot be read; is it damaged?</source>
        <translation>无法读取文件，文件是否已损坏？</translation>
    </message>
</context>
<context>
    <name>PlanProblems</name>
    <message>
        <location filename="../../shared/qt/problems.py" line="271"/>
        <source>The name is too long.</source>
        <translation>姓名太长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="272"/>
        <source>This is not a valid phone number; or leave it empty.</source>
        <translation>电话号码无效；也可以不填。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="274"/>
        <source>Please enter how many people come (at least 1).</source>
        <translation>请输入来访人数（至少 1 人）。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="275"/>
        <source>This host is not in the directory; please choose from the list.</source>
        <translation>通讯录中没有此被访人，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="277"/>
        <source>The expected visit this plan was for is gone.</source>
        <translation>该方案对应的预约已不存在。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="279"/>
        <source>Please say how the guest travels for this number.</source>
        <translation>请先选择该班次的交通方式。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="281"/>
        <source>This is not a flight number, e.g. CA1234.</source>
        <translation>航班号无效，例如 CA1234。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="283"/>
        <source>This is not a train number, e.g. G102.</source>
        <translation>车次无效，例如 G102。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="284"/>
        <source>Please choose a reception level.</source>
        <translation>请选择接待级别。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="285"/>
        <source>Please say why the request goes back.</source>
        <translation>请填写退回原因。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="286"/>
        <location filename="../../shared/qt/problems.py" line="287"/>
        <location filename="../../shared/qt/problems.py" line="288"/>
        <source>Please enter an amount from 0 up.</source>
        <translation>请输入 0 或以上的金额。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="289"/>
        <source>Please enter the reception person.</source>
        <translation>请输入接待人员。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="290"/>
        <source>Please choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="291"/>
        <source>This step is no longer in the plan.</source>
        <translation>该环节已不在方案中。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="292"/>
        <source>Please write the summary.</source>
        <translation>请填写总结。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="293"/>
        <location filename="../../shared/qt/problems.py" line="294"/>
        <source>Please enter when the guest leaves.</source>
        <translation>请输入客人离开时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="295"/>
        <source>A journey takes at most a week.</source>
        <translation>路程最长一周。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="296"/>
        <source>Please write what the guest said.</source>
        <translation>请填写客户反馈。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="297"/>
        <source>The rating is 1 to 5 stars, or none.</source>
        <translation>评分为 1 至 5 星，或不评分。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="298"/>
        <source>Please keep this shorter.</source>
        <translation>内容过长，请精简。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../shared/qt/problems.py" line="11"/>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="12"/>
        <location filename="../../shared/qt/problems.py" line="37"/>
        <location filename="../../shared/qt/problems.py" line="115"/>
        <location filename="../../shared/qt/problems.py" line="124"/>
        <location filename="../../shared/qt/problems.py" line="148"/>
        <location filename="../../shared/qt/problems.py" line="165"/>
        <location filename="../../shared/qt/problems.py" line="200"/>
        <location filename="../../shared/qt/problems.py" line="201"/>
        <location filename="../../shared/qt/problems.py" line="206"/>
        <source>The name is too long.</source>
        <translation>姓名过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="13"/>
        <location filename="../../shared/qt/problems.py" line="38"/>
        <location filename="../../shared/qt/problems.py" line="116"/>
        <location filename="../../shared/qt/problems.py" line="125"/>
        <location filename="../../shared/qt/problems.py" line="166"/>
        <source>The name contains characters that are not allowed.</source>
        <translation>姓名中含有不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="14"/>
        <source>This name does not match the invitation.</source>
        <translation>与预约登记的姓名不符。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="15"/>
        <source>Please enter your mobile number.</source>
        <translation>请输入您的手机号码。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="16"/>
        <source>This is not a valid mobile number.</source>
        <translation>这不是有效的手机号码。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="17"/>
        <source>The company name is too long.</source>
        <translation>公司名称过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="18"/>
        <source>Please choose the person you are visiting.</source>
        <translation>请选择您要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="19"/>
        <source>That person is not in the directory.</source>
        <translation>通讯录中没有此人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="20"/>
        <source>Please write the visitor&apos;s message.</source>
        <translation>请填写访客的留言。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="21"/>
        <source>A group can have 1 to 50 people.</source>
        <translation>来访人数须为 1 至 50 人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="22"/>
        <source>Please keep the purpose shorter.</source>
        <translation>来访事由过长，请精简。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="23"/>
        <source>Please tell us how you heard of the clinic.</source>
        <translation>请填写获悉途径（您是如何知道本诊所的）。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="24"/>
        <source>Please keep it shorter.</source>
        <translation>请写得简短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="25"/>
        <source>Please say in a few words what happened.</source>
        <translation>请简单说明发生了什么。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="26"/>
        <source>Please keep it shorter: a few words are enough.</source>
        <translation>请简短一些，几个字就够了。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="27"/>
        <source>Please choose what kind of visit this is.</source>
        <translation>请选择就诊类型。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="28"/>
        <source>Please enter the appointment&apos;s time.</source>
        <translation>请填写预约时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="29"/>
        <source>Too many at once. Please try again.</source>
        <translation>同时操作的人太多，请重试。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="30"/>
        <source>That doctor is not in the directory.</source>
        <translation>通讯录中没有这位医生。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="31"/>
        <location filename="../../shared/qt/problems.py" line="171"/>
        <source>Please keep the city or region shorter.</source>
        <translation>城市或地区过长，请精简。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="32"/>
        <source>Please enter the vehicle plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="33"/>
        <source>This is not a valid vehicle plate number.</source>
        <translation>车牌号格式不正确。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="34"/>
        <source>Please enter your ID card number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="35"/>
        <source>This ID card number is not valid. Please check it.</source>
        <translation>身份证号无效，请检查。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="36"/>
        <source>Please enter this person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="39"/>
        <location filename="../../shared/qt/problems.py" line="41"/>
        <source>The badge cannot print some characters of this name. Please write it in Latin letters, or ask at the desk.</source>
        <translation>访客证无法打印此姓名中的部分字符。请改用拉丁字母填写，或到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="43"/>
        <source>Please enter a name for every person in the group.</source>
        <translation>请填写每位同行人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="44"/>
        <source>We cannot find this invitation.</source>
        <translation>找不到此邀请。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="45"/>
        <source>This invitation has already been used to check in.</source>
        <translation>此邀请已用于签到。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="46"/>
        <source>This invitation has expired.</source>
        <translation>此邀请已过期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="47"/>
        <source>This invitation is for another day.</source>
        <translation>此邀请不是今天的。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="48"/>
        <source>Too many tries. Please wait %1 seconds, then try again.</source>
        <translation>尝试次数过多。请等待 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="49"/>
        <source>Please tick &quot;I agree&quot; to go on, or touch &quot;I do not agree&quot;.</source>
        <translation>请勾选“我同意”以继续，或点“我不同意”。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="51"/>
        <source>To keep your ID number we need your consent: tick the box, or go back and leave it empty.</source>
        <translation>保存身份证号需要您的同意：请勾选，或返回并清空身份证号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="53"/>
        <source>Please choose one to five stars.</source>
        <translation>请选择一至五星。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="54"/>
        <source>Thank you: we already have your feedback.</source>
        <translation>谢谢，我们已收到您的评价。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="55"/>
        <source>A visit can be rated once it is over.</source>
        <translation>访问结束后才能评价。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="57"/>
        <source>This site is already set up: please sign in.</source>
        <translation>本站点已设置，请登录。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="58"/>
        <source>This is the last administrator: make someone else administrator first.</source>
        <translation>这是最后一位管理员：请先指定另一位管理员。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="60"/>
        <source>This name is already in use.</source>
        <translation>此名称已被使用。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="61"/>
        <source>Please choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="62"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 为 4 至 8 位数字。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="64"/>
        <source>This is not a valid e-mail address.</source>
        <translation>电子邮箱地址无效。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="65"/>
        <source>More than one person in the directory has this name.</source>
        <translation>通讯录中有多人同名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="66"/>
        <source>Please enter the date of the visit.</source>
        <translation>请填写来访日期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="67"/>
        <source>This is not a date; please write it as 2025-03-31.</source>
        <translation>日期无效，请按 2025-03-31 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="68"/>
        <source>This date is in the past.</source>
        <translation>该日期已过。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="69"/>
        <location filename="../../shared/qt/problems.py" line="71"/>
        <location filename="../../shared/qt/problems.py" line="77"/>
        <source>Please write the time as hours:minutes, e.g. 09:30.</source>
        <translation>请按“时:分”填写时间，如 09:30。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="70"/>
        <source>Please enter when the visit starts, or leave both times empty.</source>
        <translation>请填写开始时间，或两个时间都不填。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="72"/>
        <source>Please enter when the visit ends, or leave both times empty.</source>
        <translation>请填写结束时间，或两个时间都不填。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="73"/>
        <source>The end time must be after the start time.</source>
        <translation>结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="74"/>
        <source>The reception level is standard, senior or VIP.</source>
        <translation>接待级别为标准、高级或特级。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="75"/>
        <source>Transport is either the guest&apos;s own or a pickup.</source>
        <translation>交通方式为自行前来或我方接送。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="76"/>
        <source>Please enter the pickup time.</source>
        <translation>请填写接送时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="78"/>
        <source>Please enter where the guest is picked up.</source>
        <translation>请填写接送地点。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="79"/>
        <location filename="../../shared/qt/problems.py" line="80"/>
        <location filename="../../shared/qt/problems.py" line="81"/>
        <location filename="../../shared/qt/problems.py" line="82"/>
        <location filename="../../shared/qt/problems.py" line="172"/>
        <location filename="../../shared/qt/problems.py" line="173"/>
        <location filename="../../shared/qt/problems.py" line="178"/>
        <location filename="../../shared/qt/problems.py" line="186"/>
        <location filename="../../shared/qt/problems.py" line="187"/>
        <location filename="../../shared/qt/problems.py" line="188"/>
        <location filename="../../shared/qt/problems.py" line="189"/>
        <location filename="../../shared/qt/problems.py" line="190"/>
        <location filename="../../shared/qt/problems.py" line="197"/>
        <location filename="../../shared/qt/problems.py" line="199"/>
        <location filename="../../shared/qt/problems.py" line="208"/>
        <location filename="../../shared/qt/problems.py" line="212"/>
        <location filename="../../shared/qt/problems.py" line="217"/>
        <source>Please keep this shorter.</source>
        <translation>内容过长，请精简。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="83"/>
        <source>This guest is already expected that day with the same host.</source>
        <translation>该访客当天已有同一被访人的预约。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="84"/>
        <source>No-shows can be marked only for today or an earlier day.</source>
        <translation>只能为今天或之前的日期标记未到访。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="86"/>
        <source>This room is already free.</source>
        <translation>该接待室已经空闲。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="87"/>
        <source>This room is in use: please choose another.</source>
        <translation>该接待室正在使用，请选择其他接待室。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="88"/>
        <source>This room has not been tidied yet: please choose another.</source>
        <translation>该接待室尚未收拾，请选择其他接待室。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="89"/>
        <source>This reminder cannot be marked done here.</source>
        <translation>此提醒无法在这里标记为完成。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="90"/>
        <source>One of the values is outside what is allowed.</source>
        <translation>有数值超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="92"/>
        <source>Please choose visitor or driver.</source>
        <translation>请选择访客或司机。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="93"/>
        <source>Please keep the parking spot shorter.</source>
        <translation>车位名称请写短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="94"/>
        <source>Please name every item, or remove the empty row.</source>
        <translation>请填写每件物品的名称，或删除空行。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="95"/>
        <source>Please keep the item&apos;s name shorter.</source>
        <translation>物品名称请写短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="96"/>
        <source>This item does not belong to this gate pass.</source>
        <translation>此物品不属于这张放行条。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="97"/>
        <source>A gate pass can list at most 50 items.</source>
        <translation>一张放行条最多登记 50 件物品。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="98"/>
        <source>Each quantity must be a whole number from 1 to 9999.</source>
        <translation>数量须为 1 到 9999 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="99"/>
        <source>Please write a short, polite message for the gate to read out.</source>
        <translation>请写一句简短、礼貌的话，由门岗转告对方。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="101"/>
        <source>Please keep the message for the gate shorter.</source>
        <translation>给门岗的留言请写短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="102"/>
        <source>This gate pass has already been used to leave. It cannot be used again.</source>
        <translation>此放行条已用于出厂，不能再次使用。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="104"/>
        <source>This person was turned away at the gate: the pass is void.</source>
        <translation>此人已在门岗被婉拒：放行条作废。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="106"/>
        <source>Reception has not let this person in yet: there is nothing to check out.</source>
        <translation>前台尚未放行此人：无需出厂核验。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="108"/>
        <source>Please keep the note shorter.</source>
        <translation>备注请写短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="110"/>
        <source>Enter a name, a mobile number or an ID number.</source>
        <translation>请填写姓名、手机号或证件号码。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="111"/>
        <source>This person is already on the watchlist.</source>
        <translation>此人已在关注名单中。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="112"/>
        <source>Please give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="113"/>
        <source>Please keep the reason shorter.</source>
        <translation>原因请写得简短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="114"/>
        <source>Please enter the enquirer&apos;s name.</source>
        <translation>请填写查询人姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="117"/>
        <source>Please keep the organisation shorter.</source>
        <translation>单位名称请写得简短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="118"/>
        <source>An enquiry is answered only to someone who shows valid ID: record their ID first.</source>
        <translation>仅向出示有效证件的人答复查询：请先登记其证件。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="120"/>
        <source>This ID number is not valid. Please check it.</source>
        <translation>证件号码无效，请检查。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="121"/>
        <location filename="../../shared/qt/problems.py" line="122"/>
        <source>Please choose the kind of ID shown.</source>
        <translation>请选择所出示证件的类型。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="123"/>
        <source>Please enter whom the enquiry is about.</source>
        <translation>请填写询问对象。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="126"/>
        <source>Please keep the question shorter.</source>
        <translation>询问内容请写得简短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="127"/>
        <source>Please choose or type the answer.</source>
        <translation>请选择或填写答复。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="128"/>
        <source>Please keep the answer shorter.</source>
        <translation>答复请写得简短一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="129"/>
        <source>The approver&apos;s name or PIN is wrong. Nothing was answered.</source>
        <translation>批准人姓名或 PIN 不正确，未作答复。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="130"/>
        <source>Too many wrong PINs: the approver is locked out for a few minutes. Nothing was answered.</source>
        <translation>PIN 错误次数过多：批准人已被锁定几分钟，未作答复。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="132"/>
        <source>Only a security lead or an administrator can approve an answer. Nothing was answered.</source>
        <translation>只有安保负责人或管理员可以批准答复，未作答复。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="134"/>
        <source>Your role does not allow this. Please ask security or an administrator.</source>
        <translation>您的角色无权执行此操作，请联系安保或管理员。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="136"/>
        <source>The watchlist and its alerts are for security staff and administrators.</source>
        <translation>关注名单及其警报仅供安保人员和管理员使用。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="138"/>
        <source>The audit log is for security staff and administrators.</source>
        <translation>审计日志仅供安保人员和管理员查看。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="141"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="142"/>
        <source>More than 50,000 visits match: please choose a shorter period or a narrower search.</source>
        <translation>符合条件的来访超过 50,000 条：请缩短时间范围或缩小搜索条件。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="144"/>
        <source>Please save the log as PDF, Excel (.xlsx) or CSV.</source>
        <translation>请将登记表保存为 PDF、Excel (.xlsx) 或 CSV。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="145"/>
        <source>The file could not be written there. Please choose another folder.</source>
        <translation>无法在该位置写入文件，请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="147"/>
        <source>Please enter who takes the log over.</source>
        <translation>请输入登记表的接收人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="149"/>
        <source>Only today or an earlier day can be archived.</source>
        <translation>只能归档今天或更早的日期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="150"/>
        <source>This day&apos;s log has already been archived.</source>
        <translation>该日的登记表已经归档。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="151"/>
        <source>Please choose the mobile number or the ID number.</source>
        <translation>请选择手机号或证件号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="152"/>
        <source>Please give the reason in a few more words.</source>
        <translation>请把原因写得更具体一些。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="153"/>
        <source>No mobile number is kept for this visit.</source>
        <translation>此来访没有保存手机号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="154"/>
        <source>No ID number is kept for this visit: it is kept only with the visitor&apos;s consent.</source>
        <translation>此来访没有保存证件号：只有经访客同意才会保存。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="157"/>
        <source>Enter the person&apos;s mobile or ID number.</source>
        <translation>请输入此人的手机号或身份证号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="158"/>
        <source>This person is on site now: erase their data after they have left.</source>
        <translation>此人目前仍在场内：请在其离开后再删除其信息。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="161"/>
        <source>Please choose a month between 2000 and 2100.</source>
        <translation>请选择 2000 年至 2100 年之间的月份。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="162"/>
        <source>Please choose at most three years, the earlier month first.</source>
        <translation>请选择不超过三年的范围，起始月份在前。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="164"/>
        <source>Please enter the guest&apos;s name.</source>
        <translation>请输入客人姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="167"/>
        <source>This is not a valid phone number; or leave it empty.</source>
        <translation>这不是有效的电话号码；也可以不填。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="168"/>
        <source>Please enter the arrival date.</source>
        <translation>请输入到达日期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="169"/>
        <source>Please enter the departure date.</source>
        <translation>请输入离开日期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="170"/>
        <source>The guest cannot leave before arriving.</source>
        <translation>离开日期不能早于到达日期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="174"/>
        <source>Please choose flight, train or car.</source>
        <translation>请选择飞机、火车或汽车。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="175"/>
        <source>Please say how the guest travels for this number.</source>
        <translation>填写了班次，请选择交通方式。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="176"/>
        <source>This is not a flight number, e.g. CA1234.</source>
        <translation>这不是航班号，例如 CA1234。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="177"/>
        <source>This is not a train number, e.g. G102.</source>
        <translation>这不是车次，例如 G102。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="179"/>
        <source>Please enter the arrival time again.</source>
        <translation>请重新输入到达时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="180"/>
        <source>The arrival time must be on the arrival day.</source>
        <translation>到达时间须在到达日期当天。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="181"/>
        <source>Please choose a reception level.</source>
        <translation>请选择接待级别。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="182"/>
        <source>This host is not in the directory; please choose from the list.</source>
        <translation>通讯录中没有此接待人，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="184"/>
        <source>The expected visit this plan was for is gone.</source>
        <translation>此方案对应的预约已不存在。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="185"/>
        <source>Please say why the request goes back.</source>
        <translation>请说明退回的原因。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="191"/>
        <location filename="../../shared/qt/problems.py" line="192"/>
        <location filename="../../shared/qt/problems.py" line="193"/>
        <source>Please enter an amount from 0 up.</source>
        <translation>请输入不小于 0 的金额。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="194"/>
        <source>Please enter an amount above ¥0.</source>
        <translation>请输入大于 ¥0 的金额。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="195"/>
        <source>Please choose the kind of step.</source>
        <translation>请选择环节类型。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="196"/>
        <source>Please name the step.</source>
        <translation>请填写环节名称。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="198"/>
        <source>Please enter the time again.</source>
        <translation>请重新输入时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="202"/>
        <source>A reminder comes at most a week before.</source>
        <translation>提醒最多提前一周。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="203"/>
        <source>Please choose a position in the itinerary.</source>
        <translation>请选择在行程中的位置。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="204"/>
        <source>A step is planned, done or skipped.</source>
        <translation>环节状态为计划中、已完成或已跳过。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="205"/>
        <source>Please enter the reception person.</source>
        <translation>请填写接待人员。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="207"/>
        <source>Please choose a category.</source>
        <translation>请选择费用类别。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="209"/>
        <source>This step is no longer in the plan.</source>
        <translation>此环节已不在方案中。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="210"/>
        <source>There are no expenses waiting to be signed off.</source>
        <translation>没有待签单的费用。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="211"/>
        <source>Please write the summary.</source>
        <translation>请填写到访总结。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="213"/>
        <location filename="../../shared/qt/problems.py" line="214"/>
        <source>Please enter when the guest leaves.</source>
        <translation>请输入客人离开的时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="215"/>
        <source>A journey takes at most a week.</source>
        <translation>路程时间最多一周。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="216"/>
        <source>Please write what the guest said.</source>
        <translation>请填写回访结果。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="302"/>
        <source>Please check this field.</source>
        <translation>请检查此项。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="305"/>
        <source>This contains characters that cannot be used here.</source>
        <translation>此处含有不能使用的字符。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="306"/>
        <source>Please keep this on one line.</source>
        <translation>请写在一行内，不要换行。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="307"/>
        <source>This is too long.</source>
        <translation>内容太长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="308"/>
        <source>This number is outside what is allowed.</source>
        <translation>此数字超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="310"/>
        <source>This action is not possible for a visit in this state.</source>
        <translation>该来访当前的状态不允许此操作。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="311"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="312"/>
        <source>This has already been dealt with; the list now shows its current state.</source>
        <translation>此事项已被处理，列表现显示其当前状态。</translation>
    </message>
</context>
<context>
    <name>VisitState</name>
    <message>
        <location filename="../../shared/qt/states.py" line="9"/>
        <source>Expected</source>
        <translation>预约待到</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="10"/>
        <source>Checked in</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="11"/>
        <source>Host notified</source>
        <translation>已通知被访人</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="12"/>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="13"/>
        <source>With host</source>
        <translation>已会见</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="14"/>
        <source>At the desk</source>
        <translation>回到前台</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="15"/>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="16"/>
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="17"/>
        <source>Checked out</source>
        <translation>已离场</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="18"/>
        <source>No-show</source>
        <translation>未到访</translation>
    </message>
</context>
</TS>
