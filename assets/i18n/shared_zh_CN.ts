<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Problems</name>
    <message>
        <location filename="../../shared/qt/problems.py" line="9"/>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="10"/>
        <location filename="../../shared/qt/problems.py" line="27"/>
        <source>The name is too long.</source>
        <translation>姓名过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="11"/>
        <location filename="../../shared/qt/problems.py" line="28"/>
        <source>The name contains characters that are not allowed.</source>
        <translation>姓名中含有不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="12"/>
        <source>This name does not match the invitation.</source>
        <translation>与预约登记的姓名不符。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="13"/>
        <source>Please enter your mobile number.</source>
        <translation>请输入您的手机号码。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="14"/>
        <source>This is not a valid mobile number.</source>
        <translation>这不是有效的手机号码。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="15"/>
        <source>The company name is too long.</source>
        <translation>公司名称过长。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="16"/>
        <source>Please choose the person you are visiting.</source>
        <translation>请选择您要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="17"/>
        <source>That person is not in the directory.</source>
        <translation>通讯录中没有此人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="18"/>
        <source>Please write the visitor&apos;s message.</source>
        <translation>请填写访客的留言。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="19"/>
        <source>A group can have 1 to 50 people.</source>
        <translation>来访人数须为 1 至 50 人。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="20"/>
        <source>Please keep the purpose shorter.</source>
        <translation>来访事由过长，请精简。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="21"/>
        <source>Please keep the city or region shorter.</source>
        <translation>城市或地区过长，请精简。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="22"/>
        <source>Please enter the vehicle plate number.</source>
        <translation>请输入车牌号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="23"/>
        <source>This is not a valid vehicle plate number.</source>
        <translation>车牌号格式不正确。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="24"/>
        <source>Please enter your ID card number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="25"/>
        <source>This ID card number is not valid. Please check it.</source>
        <translation>身份证号无效，请检查。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="26"/>
        <source>Please enter this person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="29"/>
        <source>Please enter a name for every person in the group.</source>
        <translation>请填写每位同行人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="30"/>
        <source>We cannot find this invitation.</source>
        <translation>找不到此邀请。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="31"/>
        <source>This invitation has already been used to check in.</source>
        <translation>此邀请已用于签到。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="32"/>
        <source>This invitation has expired.</source>
        <translation>此邀请已过期。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="33"/>
        <source>This invitation is for another day.</source>
        <translation>此邀请不是今天的。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="34"/>
        <source>Please tick &quot;I agree&quot; to go on, or touch &quot;I do not agree&quot;.</source>
        <translation>请勾选“我同意”以继续，或点“我不同意”。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="36"/>
        <source>To keep your ID number we need your consent: tick the box, or go back and leave it empty.</source>
        <translation>保存身份证号需要您的同意：请勾选，或返回并清空身份证号。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="38"/>
        <source>Please choose one to five stars.</source>
        <translation>请选择一至五星。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="39"/>
        <source>Thank you: we already have your feedback.</source>
        <translation>谢谢，我们已收到您的评价。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="40"/>
        <source>A visit can be rated once it is over.</source>
        <translation>访问结束后才能评价。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="42"/>
        <source>Please check this field.</source>
        <translation>请检查此项。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="43"/>
        <source>This action is not possible for a visit in this state.</source>
        <translation>该来访当前的状态不允许此操作。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="44"/>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../shared/qt/problems.py" line="45"/>
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
