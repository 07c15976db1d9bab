<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Problems</name>
    <message>
        <location filename="../../shared/qt/problems.py" line="9" />
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="10" />
        <location filename="../../shared/qt/problems.py" line="27" />
        <source>The name is too long.</source>
        <translation>姓名过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="11" />
        <location filename="../../shared/qt/problems.py" line="28" />
        <source>The name contains characters that are not allowed.</source>
        <translation>姓名中含有不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="12" />
        <source>This name does not match the invitation.</source>
        <translation>与预约登记的姓名不符。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="13" />
        <source>Please enter your mobile number.</source>
        <translation>请输入您的手机号码。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="14" />
        <source>This is not a valid mobile number.</source>
        <translation>这不是有效的手机号码。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="15" />
        <source>The company name is too long.</source>
        <translation>公司名称过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="16" />
        <source>Please choose the person you are visiting.</source>
        <translation>请选择您要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="17" />
        <source>That person is not in the directory.</source>
        <translation>通讯录中没有此人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="18" />
        <source>Please write the visitor's message.</source>
        <translation>请填写访客的留言。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="19" />
        <source>A group can have 1 to 50 people.</source>
        <translation>来访人数须为 1 至 50 人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="20" />
        <source>Please keep the purpose shorter.</source>
        <translation>来访事由过长，请精简。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="21" />
        <source>Please keep the city or region shorter.</source>
        <translation>城市或地区过长，请精简。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="22" />
        <source>Please enter the vehicle plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="23" />
        <source>This is not a valid vehicle plate number.</source>
        <translation>车牌号格式不正确。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="24" />
        <source>Please enter your ID card number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="25" />
        <source>This ID card number is not valid. Please check it.</source>
        <translation>身份证号无效，请检查。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="26" />
        <source>Please enter this person's name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="29" />
        <source>Please enter a name for every person in the group.</source>
        <translation>请填写每位同行人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="30" />
        <source>We cannot find this invitation.</source>
        <translation>找不到此邀请。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="31" />
        <source>This invitation has already been used to check in.</source>
        <translation>此邀请已用于签到。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="32" />
        <source>This invitation has expired.</source>
        <translation>此邀请已过期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="33" />
        <source>This invitation is for another day.</source>
        <translation>此邀请不是今天的。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="34" />
        <source>Please tick "I agree" to go on, or touch "I do not agree".</source>
        <translation>请勾选“我同意”以继续，或点“我不同意”。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="36" />
        <source>To keep your ID number we need your consent: tick the box, or go back and leave it empty.</source>
        <translation>保存身份证号需要您的同意：请勾选，或返回并清空身份证号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="38" />
        <source>Please choose one to five stars.</source>
        <translation>请选择一至五星。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="39" />
        <source>Thank you: we already have your feedback.</source>
        <translation>谢谢，我们已收到您的评价。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="40" />
        <source>A visit can be rated once it is over.</source>
        <translation>访问结束后才能评价。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="42" />
        <source>This site is already set up: please sign in.</source>
        <translation>本站点已设置，请登录。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="43" />
        <source>This is the last administrator: make someone else administrator first.</source>
        <translation>这是最后一位管理员：请先指定另一位管理员。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="45" />
        <source>This name is already in use.</source>
        <translation>此名称已被使用。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="46" />
        <source>Please choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="47" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 为 4 至 8 位数字。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="49" />
        <source>This is not a valid e-mail address.</source>
        <translation>电子邮箱地址无效。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="50" />
        <source>More than one person in the directory has this name.</source>
        <translation>通讯录中有多人同名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="51" />
        <source>Please enter the date of the visit.</source>
        <translation>请填写来访日期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="52" />
        <source>This is not a date; please write it as 2025-03-31.</source>
        <translation>日期无效，请按 2025-03-31 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="53" />
        <source>This date is in the past.</source>
        <translation>该日期已过。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="54" />
        <location filename="../../shared/qt/problems.py" line="56" />
        <location filename="../../shared/qt/problems.py" line="62" />
        <source>Please write the time as hours:minutes, e.g. 09:30.</source>
        <translation>请按“时:分”填写时间，如 09:30。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="55" />
        <source>Please enter when the visit starts, or leave both times empty.</source>
        <translation>请填写开始时间，或两个时间都不填。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="57" />
        <source>Please enter when the visit ends, or leave both times empty.</source>
        <translation>请填写结束时间，或两个时间都不填。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="58" />
        <source>The end time must be after the start time.</source>
        <translation>结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="59" />
        <source>The reception level is standard, senior or VIP.</source>
        <translation>接待级别为标准、高级或特级。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="60" />
        <source>Transport is either the guest's own or a pickup.</source>
        <translation>交通方式为自行前来或我方接送。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="61" />
        <source>Please enter the pickup time.</source>
        <translation>请填写接送时间。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="63" />
        <source>Please enter where the guest is picked up.</source>
        <translation>请填写接送地点。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="64" />
        <location filename="../../shared/qt/problems.py" line="65" />
        <location filename="../../shared/qt/problems.py" line="66" />
        <location filename="../../shared/qt/problems.py" line="67" />
        <source>Please keep this shorter.</source>
        <translation>内容过长，请精简。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="68" />
        <source>This guest is already expected that day with the same host.</source>
        <translation>该访客当天已有同一被访人的预约。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="69" />
        <source>No-shows can be marked only for today or an earlier day.</source>
        <translation>只能为今天或之前的日期标记未到访。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="71" />
        <source>This room is already free.</source>
        <translation>该接待室已经空闲。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="72" />
        <source>This room is in use: please choose another.</source>
        <translation>该接待室正在使用，请选择其他接待室。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="73" />
        <source>This room has not been tidied yet: please choose another.</source>
        <translation>该接待室尚未收拾，请选择其他接待室。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="74" />
        <source>This reminder cannot be marked done here.</source>
        <translation>此提醒无法在这里标记为完成。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="75" />
        <source>One of the values is outside what is allowed.</source>
        <translation>有数值超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="77" />
        <source>Please check this field.</source>
        <translation>请检查此项。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="78" />
        <source>This action is not possible for a visit in this state.</source>
        <translation>该来访当前的状态不允许此操作。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="79" />
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="80" />
        <source>This has already been dealt with; the list now shows its current state.</source>
        <translation>此事项已被处理，列表现显示其当前状态。</translation>
    </message>
</context>
<context>
    <name>VisitState</name>
    <message>
        <location filename="../../shared/qt/states.py" line="9" />
        <source>Expected</source>
        <translation>预约待到</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="10" />
        <source>Checked in</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="11" />
        <source>Host notified</source>
        <translation>已通知被访人</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="12" />
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="13" />
        <source>With host</source>
        <translation>已会见</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="14" />
        <source>At the desk</source>
        <translation>回到前台</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="15" />
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="16" />
        <source>Declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="17" />
        <source>Checked out</source>
        <translation>已离场</translation>
    </message>
    <message>
        <location filename="../../shared/qt/states.py" line="18" />
        <source>No-show</source>
        <translation>未到访</translation>
    </message>
</context>
</TS>